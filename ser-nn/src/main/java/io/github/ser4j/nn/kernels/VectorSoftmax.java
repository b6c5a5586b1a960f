package io.github.ser4j.nn.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API twins of {@link SoftmaxKernels} for contiguous rows: vector max, vector
 * {@code EXP}, lane sums kept in float for at most {@value #FOLD} elements and then folded
 * into a double total (bounding the float rounding error of long rows), vector scale; scalar
 * tails. Load only when {@link Simd#enabled()}.
 */
final class VectorSoftmax {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Lane sums are folded into the double total every this many elements. */
    private static final int FOLD = 1024;

    private VectorSoftmax() {
    }

    /** Softmax of {@code rows} contiguous rows of length {@code cols}; {@code y} may be {@code x}. */
    static void rows(int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
        int vecEnd = cols - cols % L;
        for (int r = 0; r < rows; r++) {
            int xr = xOff + r * cols;
            int yr = yOff + r * cols;
            float max = max(x, xr, cols);
            double sum = expSum(x, xr, cols, max, y, yr);
            float inv = (float) (1.0 / sum);
            FloatVector vInv = FloatVector.broadcast(S, inv);
            int j = 0;
            for (; j < vecEnd; j += L) {
                FloatVector.fromArray(S, y, yr + j).mul(vInv).intoArray(y, yr + j);
            }
            for (; j < cols; j++) {
                y[yr + j] *= inv;
            }
        }
    }

    /** {@code y = x - max - log(sum exp(x - max))} over {@code n} contiguous elements. */
    static void logRow(float[] x, float[] y, int off, int n) {
        float max = max(x, off, n);
        double lse = max + Math.log(expSum(x, off, n, max, null, 0));
        FloatVector vLse = FloatVector.broadcast(S, (float) lse);
        int vecEnd = n - n % L;
        int j = 0;
        for (; j < vecEnd; j += L) {
            FloatVector.fromArray(S, x, off + j).sub(vLse).intoArray(y, off + j);
        }
        for (; j < n; j++) {
            y[off + j] = (float) (x[off + j] - lse);
        }
    }

    private static float max(float[] x, int off, int n) {
        int vecEnd = n - n % L;
        float max = Float.NEGATIVE_INFINITY;
        int j = 0;
        if (vecEnd > 0) {
            FloatVector vmax = FloatVector.fromArray(S, x, off);
            for (j = L; j < vecEnd; j += L) {
                vmax = vmax.max(FloatVector.fromArray(S, x, off + j));
            }
            max = vmax.reduceLanes(VectorOperators.MAX);
        }
        for (; j < n; j++) {
            max = Math.max(max, x[off + j]);
        }
        return max;
    }

    /** {@code sum exp(x - max)}; also stores the exponentials in {@code y} unless it is null. */
    private static double expSum(float[] x, int off, int n, float max, float[] y, int yOff) {
        int vecEnd = n - n % L;
        FloatVector vm = FloatVector.broadcast(S, max);
        double sum = 0;
        for (int start = 0; start < vecEnd; start += FOLD) {
            int end = Math.min(vecEnd, start + FOLD);
            FloatVector acc = FloatVector.zero(S);
            for (int j = start; j < end; j += L) {
                FloatVector e = VectorMath.exp(FloatVector.fromArray(S, x, off + j).sub(vm));
                if (y != null) {
                    e.intoArray(y, yOff + j);
                }
                acc = acc.add(e);
            }
            sum += LaneSum.of(acc);
        }
        for (int j = vecEnd; j < n; j++) {
            double e = Math.exp(x[off + j] - max);
            if (y != null) {
                y[yOff + j] = (float) e;
            }
            sum += e;
        }
        return sum;
    }
}
