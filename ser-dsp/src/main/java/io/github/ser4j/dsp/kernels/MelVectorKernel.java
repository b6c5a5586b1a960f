package io.github.ser4j.dsp.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MelScalarKernel} with each filter's dot product eight bins at a time: the whole
 * vectors of a filter's run are multiplied and accumulated with fused multiply-adds into one
 * vector, summed across lanes, and the last {@code len mod 8} bins are added in scalar code
 * (no masks). Filters shorter than eight bins (the narrow low-frequency ones) are plain scalar
 * loops. The summation order differs from the scalar twin's, so results agree to float
 * rounding, not bit for bit; a given filter and spectrum always give the same result, whatever
 * the number of frames processed at once. Reach it only when {@link Simd#enabled()}.
 */
public final class MelVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_256;
    private static final int L = 8;

    private MelVectorKernel() {
    }

    /** As {@link MelScalarKernel#apply}. */
    public static void apply(float[] spectra, int off, int stride, int count,
                             int[] start, int[] offset, float[] weights, int nMels,
                             float[] out, int outOff, int outStride) {
        for (int f = 0; f < count; f++) {
            int row = off + f * stride;
            int o = outOff + f * outStride;
            for (int i = 0; i < nMels; i++) {
                int j0 = offset[i];
                int j1 = offset[i + 1];
                out[o + i] = j1 - j0 >= L
                        ? dot(weights, j0, j1, spectra, row + start[i])
                        : scalarDot(weights, j0, j1, spectra, row + start[i]);
            }
        }
    }

    private static float dot(float[] w, int j0, int j1, float[] s, int k0) {
        FloatVector acc = FloatVector.fromArray(S, w, j0).mul(FloatVector.fromArray(S, s, k0));
        int j = j0 + L;
        int k = k0 + L;
        for (; j + L <= j1; j += L, k += L) {
            acc = FloatVector.fromArray(S, w, j).fma(FloatVector.fromArray(S, s, k), acc);
        }
        float sum = acc.reduceLanes(VectorOperators.ADD);
        for (; j < j1; j++, k++) {
            sum += w[j] * s[k];
        }
        return sum;
    }

    private static float scalarDot(float[] w, int j0, int j1, float[] s, int k) {
        float sum = 0f;
        for (int j = j0; j < j1; j++, k++) {
            sum += w[j] * s[k];
        }
        return sum;
    }
}
