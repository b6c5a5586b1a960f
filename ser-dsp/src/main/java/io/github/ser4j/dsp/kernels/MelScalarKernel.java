package io.github.ser4j.dsp.kernels;

/**
 * A sparse mel filterbank applied to frame-major spectra: {@code mel[f][i] = sum_k W[i][k]
 * S[f][k]}, where filter {@code i} is nonzero only on the run of bins
 * {@code start[i] .. start[i] + len_i} and its weights are stored contiguously in
 * {@code weights[offset[i] .. offset[i+1])} ({@code len_i = offset[i+1] - offset[i]}). Each
 * output is therefore one short dot product. The Vector API twin is {@link MelVectorKernel}.
 */
public final class MelScalarKernel {
    private MelScalarKernel() {
    }

    /**
     * For {@code f < count}, {@code i < nMels}:
     * {@code out[outOff + f outStride + i] = sum_j weights[offset[i] + j] spectra[off + f stride + start[i] + j]}.
     */
    public static void apply(float[] spectra, int off, int stride, int count,
                             int[] start, int[] offset, float[] weights, int nMels,
                             float[] out, int outOff, int outStride) {
        for (int f = 0; f < count; f++) {
            int row = off + f * stride;
            int o = outOff + f * outStride;
            for (int i = 0; i < nMels; i++) {
                int k = row + start[i];
                float sum = 0f;
                for (int j = offset[i]; j < offset[i + 1]; j++, k++) {
                    sum += weights[j] * spectra[k];
                }
                out[o + i] = sum;
            }
        }
    }
}
