package io.github.ser4j.nn.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API row softmax: vector max, vector {@code EXP}, the sum kept per lane in float over
 * one vector-width stride and folded into a double every row (rows are short: a class count or
 * a sequence length), then a vector scale. Scalar tails. Load only when {@link Simd#enabled()}.
 */
final class VectorSoftmax {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Lane sums are folded into the double total every this many elements, bounding float error. */
    private static final int FOLD = 1024;

    private VectorSoftmax() {
    }

    static void rows(int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
        int vecEnd = cols - cols % L;
        for (int r = 0; r < rows; r++) {
            int xr = xOff + r * cols;
            int yr = yOff + r * cols;
            float max = Float.NEGATIVE_INFINITY;
            int j = 0;
            if (vecEnd > 0) {
                FloatVector vmax = FloatVector.fromArray(S, x, xr);
                for (j = L; j < vecEnd; j += L) {
                    vmax = vmax.max(FloatVector.fromArray(S, x, xr + j));
                }
                max = vmax.reduceLanes(VectorOperators.MAX);
            }
            for (; j < cols; j++) {
                max = Math.max(max, x[xr + j]);
            }
            FloatVector vm = FloatVector.broadcast(S, max);
            double sum = 0;
            for (int start = 0; start < vecEnd; start += FOLD) {
                int end = Math.min(vecEnd, start + FOLD);
                FloatVector acc = FloatVector.zero(S);
                for (j = start; j < end; j += L) {
                    FloatVector e = FloatVector.fromArray(S, x, xr + j).sub(vm).lanewise(VectorOperators.EXP);
                    e.intoArray(y, yr + j);
                    acc = acc.add(e);
                }
                sum += acc.reduceLanes(VectorOperators.ADD);
            }
            for (j = vecEnd; j < cols; j++) {
                float e = (float) Math.exp(x[xr + j] - max);
                y[yr + j] = e;
                sum += e;
            }
            FloatVector inv = FloatVector.broadcast(S, (float) (1.0 / sum));
            for (j = 0; j < vecEnd; j += L) {
                FloatVector.fromArray(S, y, yr + j).mul(inv).intoArray(y, yr + j);
            }
            float invS = (float) (1.0 / sum);
            for (; j < cols; j++) {
                y[yr + j] *= invS;
            }
        }
    }
}
