package io.github.ser4j.nn.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API twins of {@link LayerNormKernels}: per row, the mean and variance reduced in
 * float lanes (folded into double every {@value #FOLD} values), then the normalise, or the
 * backward's two row sums and its per-feature updates, a vector of features at a time; scalar
 * tails. Load only when {@link Simd#enabled()}.
 */
final class VectorLayerNorm {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Rows shorter than one vector stay scalar. */
    static final int MIN_D = L;
    private static final int FOLD = 1024;

    private VectorLayerNorm() {
    }

    static void forward(float[] x, float[] y, int rows, int d, float[] gamma, float[] beta, float eps,
                        float[] mean, float[] invStd) {
        int vecEnd = d - d % L;
        for (int r = 0; r < rows; r++) {
            int base = r * d;
            double sum = 0;
            for (int start = 0; start < vecEnd; start += FOLD) {
                int end = Math.min(vecEnd, start + FOLD);
                FloatVector acc = FloatVector.zero(S);
                for (int i = start; i < end; i += L) {
                    acc = acc.add(FloatVector.fromArray(S, x, base + i));
                }
                sum += LaneSum.of(acc);
            }
            for (int i = vecEnd; i < d; i++) {
                sum += x[base + i];
            }
            double mu = sum / d;
            float muF = (float) mu;
            FloatVector vmu = FloatVector.broadcast(S, muF);
            double sq = 0;
            for (int start = 0; start < vecEnd; start += FOLD) {
                int end = Math.min(vecEnd, start + FOLD);
                FloatVector acc = FloatVector.zero(S);
                for (int i = start; i < end; i += L) {
                    FloatVector e = FloatVector.fromArray(S, x, base + i).sub(vmu);
                    acc = e.fma(e, acc);
                }
                sq += LaneSum.of(acc);
            }
            for (int i = vecEnd; i < d; i++) {
                double e = x[base + i] - mu;
                sq += e * e;
            }
            float is = (float) (1.0 / Math.sqrt(sq / d + eps));
            mean[r] = muF;
            invStd[r] = is;
            FloatVector vis = FloatVector.broadcast(S, is);
            int i = 0;
            for (; i < vecEnd; i += L) {
                FloatVector xhat = FloatVector.fromArray(S, x, base + i).sub(vmu).mul(vis);
                FloatVector v = gamma == null ? xhat : xhat.mul(FloatVector.fromArray(S, gamma, i));
                if (beta != null) {
                    v = v.add(FloatVector.fromArray(S, beta, i));
                }
                v.intoArray(y, base + i);
            }
            for (; i < d; i++) {
                float xhat = (x[base + i] - muF) * is;
                y[base + i] = xhat * (gamma == null ? 1f : gamma[i]) + (beta == null ? 0f : beta[i]);
            }
        }
    }

    static void backward(float[] x, float[] g, int rows, int d, float[] gamma, float[] mean, float[] invStd,
                         float[] gx, float[] gGamma, float[] gBeta) {
        int vecEnd = d - d % L;
        for (int r = 0; r < rows; r++) {
            int base = r * d;
            float mu = mean[r];
            float is = invStd[r];
            FloatVector vmu = FloatVector.broadcast(S, mu);
            FloatVector vis = FloatVector.broadcast(S, is);
            double sumH = 0;
            double sumHX = 0;
            for (int start = 0; start < vecEnd; start += FOLD) {
                int end = Math.min(vecEnd, start + FOLD);
                FloatVector accH = FloatVector.zero(S);
                FloatVector accHX = FloatVector.zero(S);
                for (int i = start; i < end; i += L) {
                    FloatVector xhat = FloatVector.fromArray(S, x, base + i).sub(vmu).mul(vis);
                    FloatVector gv = FloatVector.fromArray(S, g, base + i);
                    FloatVector h = gamma == null ? gv : gv.mul(FloatVector.fromArray(S, gamma, i));
                    accH = accH.add(h);
                    accHX = h.fma(xhat, accHX);
                    if (gGamma != null) {
                        gv.fma(xhat, FloatVector.fromArray(S, gGamma, i)).intoArray(gGamma, i);
                    }
                    if (gBeta != null) {
                        FloatVector.fromArray(S, gBeta, i).add(gv).intoArray(gBeta, i);
                    }
                }
                sumH += LaneSum.of(accH);
                sumHX += LaneSum.of(accHX);
            }
            for (int i = vecEnd; i < d; i++) {
                float xhat = (x[base + i] - mu) * is;
                float h = g[base + i] * (gamma == null ? 1f : gamma[i]);
                sumH += h;
                sumHX += h * xhat;
                if (gGamma != null) {
                    gGamma[i] += g[base + i] * xhat;
                }
                if (gBeta != null) {
                    gBeta[i] += g[base + i];
                }
            }
            if (gx == null) {
                continue;
            }
            float meanH = (float) (sumH / d);
            float meanHX = (float) (sumHX / d);
            FloatVector vmh = FloatVector.broadcast(S, meanH);
            FloatVector vmhx = FloatVector.broadcast(S, meanHX);
            int i = 0;
            for (; i < vecEnd; i += L) {
                FloatVector xhat = FloatVector.fromArray(S, x, base + i).sub(vmu).mul(vis);
                FloatVector gv = FloatVector.fromArray(S, g, base + i);
                FloatVector h = gamma == null ? gv : gv.mul(FloatVector.fromArray(S, gamma, i));
                FloatVector dx = h.sub(vmh).sub(xhat.mul(vmhx)).mul(vis);
                FloatVector.fromArray(S, gx, base + i).add(dx).intoArray(gx, base + i);
            }
            for (; i < d; i++) {
                float xhat = (x[base + i] - mu) * is;
                float h = g[base + i] * (gamma == null ? 1f : gamma[i]);
                gx[base + i] += is * (h - meanH - xhat * meanHX);
            }
        }
    }
}
