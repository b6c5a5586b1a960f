package io.github.ser4j.nn.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API twins of {@link BatchNormKernels#statistics} and {@link BatchNormKernels#backward}
 * for rows of at least one vector. Each row of {@code spatial} values is reduced in float
 * lanes over at most {@value #FOLD} values and folded into a double total, so the error does
 * not grow with the row length. Load only when {@link Simd#enabled()}.
 */
final class VectorBatchNorm {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Rows shorter than this stay scalar (the vector loop would not run). */
    static final int MIN_SPATIAL = L;
    private static final int FOLD = 1024;

    private VectorBatchNorm() {
    }

    static void statistics(float[] x, int batch, int channels, int spatial, float[] mean, float[] variance) {
        long m = (long) batch * spatial;
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            for (int n = 0; n < batch; n++) {
                sum += rowSum(x, (n * channels + c) * spatial, spatial);
            }
            double mu = sum / m;
            double sq = 0;
            for (int n = 0; n < batch; n++) {
                sq += rowSquaredDeviation(x, (n * channels + c) * spatial, spatial, mu);
            }
            mean[c] = (float) mu;
            variance[c] = (float) (sq / m);
        }
    }

    private static double rowSum(float[] x, int base, int len) {
        int vecEnd = len - len % L;
        double total = 0;
        for (int start = 0; start < vecEnd; start += FOLD) {
            int end = Math.min(vecEnd, start + FOLD);
            FloatVector acc = FloatVector.zero(S);
            for (int s = start; s < end; s += L) {
                acc = acc.add(FloatVector.fromArray(S, x, base + s));
            }
            total += LaneSum.of(acc);
        }
        for (int s = vecEnd; s < len; s++) {
            total += x[base + s];
        }
        return total;
    }

    private static double rowSquaredDeviation(float[] x, int base, int len, double mu) {
        int vecEnd = len - len % L;
        FloatVector vmu = FloatVector.broadcast(S, (float) mu);
        double total = 0;
        for (int start = 0; start < vecEnd; start += FOLD) {
            int end = Math.min(vecEnd, start + FOLD);
            FloatVector acc = FloatVector.zero(S);
            for (int s = start; s < end; s += L) {
                FloatVector d = FloatVector.fromArray(S, x, base + s).sub(vmu);
                acc = d.fma(d, acc);
            }
            total += LaneSum.of(acc);
        }
        for (int s = vecEnd; s < len; s++) {
            double d = x[base + s] - mu;
            total += d * d;
        }
        return total;
    }

    static void backward(float[] x, float[] g, int batch, int channels, int spatial, float[] mean,
                         float[] invStd, float[] gamma, boolean training,
                         float[] gx, float[] gGamma, float[] gBeta) {
        long m = (long) batch * spatial;
        int vecEnd = spatial - spatial % L;
        for (int c = 0; c < channels; c++) {
            float mu = mean[c];
            float is = invStd[c];
            FloatVector vmu = FloatVector.broadcast(S, mu);
            FloatVector vis = FloatVector.broadcast(S, is);
            double sumG = 0;
            double sumGX = 0;
            for (int n = 0; n < batch; n++) {
                int base = (n * channels + c) * spatial;
                for (int start = 0; start < vecEnd; start += FOLD) {
                    int end = Math.min(vecEnd, start + FOLD);
                    FloatVector accG = FloatVector.zero(S);
                    FloatVector accGX = FloatVector.zero(S);
                    for (int s = start; s < end; s += L) {
                        FloatVector gv = FloatVector.fromArray(S, g, base + s);
                        FloatVector xhat = FloatVector.fromArray(S, x, base + s).sub(vmu).mul(vis);
                        accG = accG.add(gv);
                        accGX = gv.fma(xhat, accGX);
                    }
                    sumG += LaneSum.of(accG);
                    sumGX += LaneSum.of(accGX);
                }
                for (int s = vecEnd; s < spatial; s++) {
                    float xhat = (x[base + s] - mu) * is;
                    sumG += g[base + s];
                    sumGX += g[base + s] * xhat;
                }
            }
            if (gGamma != null) {
                gGamma[c] += (float) sumGX;
            }
            if (gBeta != null) {
                gBeta[c] += (float) sumG;
            }
            if (gx == null) {
                continue;
            }
            float k = is * (gamma == null ? 1f : gamma[c]);
            float meanG = training ? (float) (sumG / m) : 0f;
            float meanGX = training ? (float) (sumGX / m) : 0f;
            FloatVector vk = FloatVector.broadcast(S, k);
            FloatVector vmg = FloatVector.broadcast(S, meanG);
            FloatVector vmgx = FloatVector.broadcast(S, meanGX);
            for (int n = 0; n < batch; n++) {
                int base = (n * channels + c) * spatial;
                int s = 0;
                for (; s < vecEnd; s += L) {
                    // Running statistics: meanG = meanGX = 0 gives gx += k g, the same formula.
                    FloatVector xhat = FloatVector.fromArray(S, x, base + s).sub(vmu).mul(vis);
                    FloatVector d = FloatVector.fromArray(S, g, base + s).sub(vmg).sub(xhat.mul(vmgx));
                    FloatVector.fromArray(S, gx, base + s).add(d.mul(vk)).intoArray(gx, base + s);
                }
                for (; s < spatial; s++) {
                    float xhat = (x[base + s] - mu) * is;
                    gx[base + s] += k * (g[base + s] - meanG - xhat * meanGX);
                }
            }
        }
    }
}
