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
        for (int f = 0; f < count; f++) {
            filters(spectra, off + f * stride, w, 0, w.nMels, out, outOff + f * outStride);
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
