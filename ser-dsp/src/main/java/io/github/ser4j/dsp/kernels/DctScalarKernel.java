package io.github.ser4j.dsp.kernels;

/**
 * A DCT (or any small dense transform) applied to frame-major rows: the product
 * {@code Y = X B^T} of {@code frames x nIn} inputs and an {@code nOut x nIn} basis, given
 * transposed as {@code basisT[n nOut + k] = B[k][n]}:
 * <pre>
 *   Y[f][k] = sum_{n < nIn} X[f][n] B[k][n]     (X[f][n] = x[xOff + f nIn + n],
 *                                                 Y[f][k] = y[yOff + f yStride + k])
 * </pre>
 * Every output is one chain of fused multiply-adds in the order {@code n = 0, 1, ...} starting
 * from zero. The Vector API twin ({@link DctVectorKernel}) keeps exactly that chain per lane
 * (it vectorises across {@code k}, broadcasting {@code X[f][n]}), so both are bit-identical, for
 * any number of frames at once: a frame transformed alone (streaming) equals the same frame in
 * a batch.
 */
public final class DctScalarKernel {
    private DctScalarKernel() {
    }

    /** {@code Y = X B^T}, see the class comment. */
    public static void apply(float[] x, int xOff, int frames, int nIn, float[] basisT, int nOut,
                             float[] y, int yOff, int yStride) {
        for (int f = 0; f < frames; f++) {
            columns(x, xOff + f * nIn, nIn, basisT, nOut, 0, nOut, y, yOff + f * yStride);
        }
    }

    /**
     * Outputs {@code k} in {@code [k0, k1)} of one frame starting at {@code x[row]}. Eight
     * outputs advance together, one {@code n} at a time: the same chain per output, but eight
     * independent chains side by side instead of one waiting on the last.
     */
    static void columns(float[] x, int row, int nIn, float[] basisT, int nOut, int k0, int k1, float[] y, int o) {
        int k = k0;
        for (; k + 8 <= k1; k += 8) {
            float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f, s4 = 0f, s5 = 0f, s6 = 0f, s7 = 0f;
            for (int n = 0, b = k; n < nIn; n++, b += nOut) {
                float v = x[row + n];
                s0 = Math.fma(v, basisT[b], s0);
                s1 = Math.fma(v, basisT[b + 1], s1);
                s2 = Math.fma(v, basisT[b + 2], s2);
                s3 = Math.fma(v, basisT[b + 3], s3);
                s4 = Math.fma(v, basisT[b + 4], s4);
                s5 = Math.fma(v, basisT[b + 5], s5);
                s6 = Math.fma(v, basisT[b + 6], s6);
                s7 = Math.fma(v, basisT[b + 7], s7);
            }
            y[o + k] = s0;
            y[o + k + 1] = s1;
            y[o + k + 2] = s2;
            y[o + k + 3] = s3;
            y[o + k + 4] = s4;
            y[o + k + 5] = s5;
            y[o + k + 6] = s6;
            y[o + k + 7] = s7;
        }
        for (; k < k1; k++) {
            float s0 = 0f;
            for (int n = 0, b = k; n < nIn; n++, b += nOut) {
                s0 = Math.fma(x[row + n], basisT[b], s0);
            }
            y[o + k] = s0;
        }
    }
}
