package io.github.ser4j.dsp.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MelScalarKernel} with each filter's dot product eight bins at a time: the whole
 * vectors of a filter's run are multiplied and accumulated with fused multiply-adds into one
 * vector, its lanes summed in a fixed order, and the last {@code len mod 8} bins added in
 * scalar code (no masks). Filters shorter than eight bins (the narrow low-frequency ones) are
 * plain scalar loops. Four frames go through each filter together: the filter's weights are
 * loaded once for all four, and the four independent sums keep the floating-point pipeline
 * busy where a single dot product would wait on its own additions.
 *
 * <p>The summation order differs from the scalar twin's, so results agree to float rounding,
 * not bit for bit. But a frame's result depends only on the frame and the filter, not on how
 * many frames are processed at once: the four-frame path does per frame exactly the
 * operations of the one-frame path, and the lane sum is a fixed sequence of shuffles and
 * additions rather than {@code reduceLanes}, whose order is unspecified (and may differ
 * between interpreted and compiled code). Reach it only when {@link Simd#enabled()}.
 */
public final class MelVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_256;
    private static final int L = 8;
    private static final VectorShuffle<Float> SWAP1 = VectorShuffle.fromValues(S, 1, 0, 3, 2, 5, 4, 7, 6);
    private static final VectorShuffle<Float> SWAP2 = VectorShuffle.fromValues(S, 2, 3, 0, 1, 6, 7, 4, 5);
    private static final VectorShuffle<Float> SWAP4 = VectorShuffle.fromValues(S, 4, 5, 6, 7, 0, 1, 2, 3);

    private MelVectorKernel() {
    }

    /** As {@link MelScalarKernel#apply}. */
    public static void apply(float[] spectra, int off, int stride, int count,
                             int[] start, int[] offset, float[] weights, int nMels,
                             float[] out, int outOff, int outStride) {
        int f = 0;
        for (; f + 4 <= count; f += 4) {
            int row = off + f * stride;
            int o = outOff + f * outStride;
            for (int i = 0; i < nMels; i++) {
                int j0 = offset[i];
                int j1 = offset[i + 1];
                if (j1 - j0 >= L) {
                    dot4(weights, j0, j1, spectra, row + start[i], stride, out, o + i, outStride);
                } else {
                    scalarDot4(weights, j0, j1, spectra, row + start[i], stride, out, o + i, outStride);
                }
            }
        }
        for (; f < count; f++) {
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

    /** Lane sum in a fixed order: ((v0+v4)+(v2+v6)) + ((v1+v5)+(v3+v7)). */
    private static float sum(FloatVector v) {
        v = v.add(v.rearrange(SWAP4));
        v = v.add(v.rearrange(SWAP2));
        v = v.add(v.rearrange(SWAP1));
        return v.lane(0);
    }

    private static float dot(float[] w, int j0, int j1, float[] s, int k0) {
        FloatVector acc = FloatVector.fromArray(S, w, j0).mul(FloatVector.fromArray(S, s, k0));
        int j = j0 + L;
        int k = k0 + L;
        for (; j + L <= j1; j += L, k += L) {
            acc = FloatVector.fromArray(S, w, j).fma(FloatVector.fromArray(S, s, k), acc);
        }
        float sum = sum(acc);
        for (; j < j1; j++, k++) {
            sum += w[j] * s[k];
        }
        return sum;
    }

    private static void dot4(float[] w, int j0, int j1, float[] s, int k0, int st, float[] out, int o, int os) {
        FloatVector w0 = FloatVector.fromArray(S, w, j0);
        FloatVector a0 = w0.mul(FloatVector.fromArray(S, s, k0));
        FloatVector a1 = w0.mul(FloatVector.fromArray(S, s, k0 + st));
        FloatVector a2 = w0.mul(FloatVector.fromArray(S, s, k0 + 2 * st));
        FloatVector a3 = w0.mul(FloatVector.fromArray(S, s, k0 + 3 * st));
        int j = j0 + L;
        int k = k0 + L;
        for (; j + L <= j1; j += L, k += L) {
            FloatVector wv = FloatVector.fromArray(S, w, j);
            a0 = wv.fma(FloatVector.fromArray(S, s, k), a0);
            a1 = wv.fma(FloatVector.fromArray(S, s, k + st), a1);
            a2 = wv.fma(FloatVector.fromArray(S, s, k + 2 * st), a2);
            a3 = wv.fma(FloatVector.fromArray(S, s, k + 3 * st), a3);
        }
        float s0 = sum(a0);
        float s1 = sum(a1);
        float s2 = sum(a2);
        float s3 = sum(a3);
        for (; j < j1; j++, k++) {
            float wj = w[j];
            s0 += wj * s[k];
            s1 += wj * s[k + st];
            s2 += wj * s[k + 2 * st];
            s3 += wj * s[k + 3 * st];
        }
        out[o] = s0;
        out[o + os] = s1;
        out[o + 2 * os] = s2;
        out[o + 3 * os] = s3;
    }

    private static float scalarDot(float[] w, int j0, int j1, float[] s, int k) {
        float sum = 0f;
        for (int j = j0; j < j1; j++, k++) {
            sum += w[j] * s[k];
        }
        return sum;
    }

    private static void scalarDot4(float[] w, int j0, int j1, float[] s, int k, int st, float[] out, int o, int os) {
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        for (int j = j0; j < j1; j++, k++) {
            float wj = w[j];
            s0 += wj * s[k];
            s1 += wj * s[k + st];
            s2 += wj * s[k + 2 * st];
            s3 += wj * s[k + 3 * st];
        }
        out[o] = s0;
        out[o + os] = s1;
        out[o + 2 * os] = s2;
        out[o + 3 * os] = s3;
    }
}
