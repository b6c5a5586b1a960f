package io.github.ser4j.dsp.kernels;

/**
 * A sparse mel filterbank applied to frame-major spectra: {@code mel[f][i] = sum_k W[i][k]
 * S[f][k]}, where filter {@code i} is nonzero only on a short run of bins (see
 * {@link MelWeights}), so each output is one short dot product: a chain of fused
 * multiply-adds over the filter's run, in bin order, from zero.
 *
 * <p>The Vector API twin ({@link MelVectorKernel}) computes eight filters at once, each lane
 * one filter's chain over a wider run padded with zero weights; adding {@code 0 * S} to a sum
 * leaves it unchanged (for finite spectra), so both give bit-identical results, and a frame
 * gives the same result alone as in a batch.
 */
public final class MelScalarKernel {
    private MelScalarKernel() {
    }

    /**
     * For {@code f < count}, {@code i < nMels}: {@code out[outOff + f outStride + i] = sum_k
     * W[i][k] spectra[off + f stride + k]}.
     */
    public static void apply(float[] spectra, int off, int stride, int count, MelWeights w,
                             float[] out, int outOff, int outStride) {
        int f = 0;
        for (; f + 4 <= count; f += 4) {
            filters4(spectra, off + f * stride, stride, w, out, outOff + f * outStride, outStride);
        }
        for (; f < count; f++) {
            filters(spectra, off + f * stride, w, 0, w.nMels, out, outOff + f * outStride);
        }
    }

    /** Four frames through each filter together: four independent chains, one weight load. */
    private static void filters4(float[] spectra, int row, int st, MelWeights w, float[] out, int o, int os) {
        int[] start = w.start;
        int[] offset = w.offset;
        float[] weights = w.weights;
        for (int i = 0; i < w.nMels; i++) {
            int k = row + start[i];
            float s0 = 0f;
            float s1 = 0f;
            float s2 = 0f;
            float s3 = 0f;
            for (int j = offset[i]; j < offset[i + 1]; j++, k++) {
                float wj = weights[j];
                s0 = Math.fma(wj, spectra[k], s0);
                s1 = Math.fma(wj, spectra[k + st], s1);
                s2 = Math.fma(wj, spectra[k + 2 * st], s2);
                s3 = Math.fma(wj, spectra[k + 3 * st], s3);
            }
            out[o + i] = s0;
            out[o + os + i] = s1;
            out[o + 2 * os + i] = s2;
            out[o + 3 * os + i] = s3;
        }
    }

    /** Filters {@code [i0, i1)} of the frame at {@code spectra[row]} into {@code out[o + i]}. */
    static void filters(float[] spectra, int row, MelWeights w, int i0, int i1, float[] out, int o) {
        int[] start = w.start;
        int[] offset = w.offset;
        float[] weights = w.weights;
        for (int i = i0; i < i1; i++) {
            int k = row + start[i];
            float sum = 0f;
            for (int j = offset[i]; j < offset[i + 1]; j++, k++) {
                sum = Math.fma(weights[j], spectra[k], sum);
            }
            out[o + i] = sum;
        }
    }
}
