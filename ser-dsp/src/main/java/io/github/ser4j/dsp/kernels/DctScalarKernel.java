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
     * Outputs {@code k} in {@code [k0, k1)} of one frame starting at {@code x[row]}. The sums are
     * kept in {@code y} itself and advanced together, one {@code n} at a time: the same chain per
     * output, but independent chains side by side instead of one waiting on the last.
     */
    static void columns(float[] x, int row, int nIn, float[] basisT, int nOut, int k0, int k1, float[] y, int o) {
        for (int k = k0; k < k1; k++) {
            y[o + k] = 0f;
        }
        for (int n = 0; n < nIn; n++) {
            float v = x[row + n];
            int b = n * nOut;
            for (int k = k0; k < k1; k++) {
                y[o + k] = Math.fma(v, basisT[b + k], y[o + k]);
            }
        }
    }
}
