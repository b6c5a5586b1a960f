package io.github.ser4j.nn.kernels;

/**
 * Unfolding for convolution as a matrix product ("im2col"). For one sample {@code x} of
 * shape {@code [C, L]}, the column matrix has shape {@code [C * K, outL]}: row
 * {@code c * K + k}, column {@code t} holds {@code x[c, t * stride - padBefore + k * dilation]},
 * or 0 where that position falls in the padding. A convolution is then
 * {@code y[O, outL] = W[O, C*K] @ col}. {@code col2im} is the adjoint: it adds each column
 * entry back onto the input position it was read from, which is the input gradient.
 * The 2-D forms do the same with rows {@code (c * KH + kh) * KW + kw} and
 * {@code outH * outW} columns.
 *
 * <p>Pure data movement, no arithmetic, hence no Vector API twin. Each row of the column
 * matrix is split once into [leading padding | inside | trailing padding] ranges (computed,
 * not tested per element), so the inner loops are branch-free and, at stride 1, a
 * {@link System#arraycopy}. Callers parallelise over the batch.
 */
public final class Im2col {
    private Im2col() {
    }

    /** First output index {@code t >= 0} with {@code t*stride + shift >= 0}, at most {@code out}. */
    static int firstInside(int shift, int stride, int out) {
        return shift >= 0 ? 0 : Math.min(out, (-shift + stride - 1) / stride);
    }

    /** One past the last output index {@code t < out} with {@code t*stride + shift < length}. */
    static int endInside(int shift, int stride, int length, int out) {
        return length - shift <= 0 ? 0 : Math.min(out, (length - shift - 1) / stride + 1);
    }

    /** Fills {@code col[colOff ..]} ({@code [channels * kernel, outLength]}) from {@code x[xOff ..]} ({@code [channels, length]}). */
    public static void im2col1d(float[] x, int xOff, int channels, int length, int kernel, int stride,
                                int padBefore, int dilation, int outLength, float[] col, int colOff) {
        im2col1d(x, xOff, channels, length, kernel, stride, padBefore, dilation, outLength, col, colOff, outLength);
    }

    /**
     * As {@link #im2col1d(float[], int, int, int, int, int, int, int, int, float[], int)}, with
     * column-matrix rows {@code ldCol} apart: several samples' blocks then sit side by side
     * in one wide matrix {@code [channels * kernel, samples * outLength]}, one GEMM for all.
     */
    public static void im2col1d(float[] x, int xOff, int channels, int length, int kernel, int stride,
                                int padBefore, int dilation, int outLength, float[] col, int colOff, int ldCol) {
        for (int c = 0; c < channels; c++) {
            int xc = xOff + c * length;
            for (int k = 0; k < kernel; k++) {
                int row = colOff + (c * kernel + k) * ldCol;
                int shift = k * dilation - padBefore; // input index of output t: t*stride + shift
                int t0 = firstInside(shift, stride, outLength);
                int t1 = Math.max(t0, endInside(shift, stride, length, outLength));
                java.util.Arrays.fill(col, row, row + t0, 0f);
                copyStrided(x, xc + shift, stride, col, row, t0, t1);
                java.util.Arrays.fill(col, row + t1, row + outLength, 0f);
            }
        }
    }

    /** {@code dst[d + t] = src[s + t*stride]} for {@code t0 <= t < t1}. */
    private static void copyStrided(float[] src, int s, int stride, float[] dst, int d, int t0, int t1) {
        if (stride == 1) {
            if (t1 > t0) { // an empty range may start past the end of src
                System.arraycopy(src, s + t0, dst, d + t0, t1 - t0);
            }
        } else {
            for (int t = t0; t < t1; t++) {
                dst[d + t] = src[s + t * stride];
            }
        }
    }

    /** Adds the columns back onto {@code dx[dxOff ..]} ({@code [channels, length]}): the adjoint of {@link #im2col1d}. */
    public static void col2im1d(float[] col, int colOff, int channels, int length, int kernel, int stride,
                                int padBefore, int dilation, int outLength, float[] dx, int dxOff) {
        col2im1d(col, colOff, outLength, channels, length, kernel, stride, padBefore, dilation, outLength, dx, dxOff);
    }

    /** Adjoint of the strided {@link #im2col1d(float[], int, int, int, int, int, int, int, int, float[], int, int)}: column rows {@code ldCol} apart. */
    public static void col2im1d(float[] col, int colOff, int ldCol, int channels, int length, int kernel, int stride,
                                int padBefore, int dilation, int outLength, float[] dx, int dxOff) {
        for (int c = 0; c < channels; c++) {
            int xc = dxOff + c * length;
            for (int k = 0; k < kernel; k++) {
                int row = colOff + (c * kernel + k) * ldCol;
                int shift = k * dilation - padBefore;
                int t0 = firstInside(shift, stride, outLength);
                int t1 = endInside(shift, stride, length, outLength);
                int base = xc + shift;
                for (int t = t0; t < t1; t++) {
                    dx[base + t * stride] += col[row + t];
                }
            }
        }
    }

    /** 2-D unfolding of {@code x[xOff ..]} ({@code [channels, height, width]}) into {@code [channels*kh*kw, outH*outW]}. */
    public static void im2col2d(float[] x, int xOff, int channels, int height, int width,
                                int kh, int kw, int sh, int sw, int padTop, int padLeft, int dh, int dw,
                                int outH, int outW, float[] col, int colOff) {
        im2col2d(x, xOff, channels, height, width, kh, kw, sh, sw, padTop, padLeft, dh, dw, outH, outW, col, colOff,
                outH * outW);
    }

    /** As the 2-D {@code im2col2d} above, with column-matrix rows {@code ldCol} apart (several samples side by side). */
    public static void im2col2d(float[] x, int xOff, int channels, int height, int width,
                                int kh, int kw, int sh, int sw, int padTop, int padLeft, int dh, int dw,
                                int outH, int outW, float[] col, int colOff, int ldCol) {
        int plane = outH * outW;
        for (int c = 0; c < channels; c++) {
            int xc = xOff + c * height * width;
            for (int ki = 0; ki < kh; ki++) {
                int shiftH = ki * dh - padTop;
                int oi0 = firstInside(shiftH, sh, outH);
                int oi1 = Math.max(oi0, endInside(shiftH, sh, height, outH));
                for (int kj = 0; kj < kw; kj++) {
                    int row = colOff + ((c * kh + ki) * kw + kj) * ldCol;
                    int shiftW = kj * dw - padLeft;
                    int oj0 = firstInside(shiftW, sw, outW);
                    int oj1 = Math.max(oj0, endInside(shiftW, sw, width, outW));
                    java.util.Arrays.fill(col, row, row + oi0 * outW, 0f);
                    for (int oi = oi0; oi < oi1; oi++) {
                        int r = row + oi * outW;
                        java.util.Arrays.fill(col, r, r + oj0, 0f);
                        copyStrided(x, xc + (oi * sh + shiftH) * width + shiftW, sw, col, r, oj0, oj1);
                        java.util.Arrays.fill(col, r + oj1, r + outW, 0f);
                    }
                    java.util.Arrays.fill(col, row + oi1 * outW, row + plane, 0f);
                }
            }
        }
    }

    /** Adjoint of {@link #im2col2d}: adds the columns back onto {@code dx[dxOff ..]}. */
    public static void col2im2d(float[] col, int colOff, int channels, int height, int width,
                                int kh, int kw, int sh, int sw, int padTop, int padLeft, int dh, int dw,
                                int outH, int outW, float[] dx, int dxOff) {
        col2im2d(col, colOff, outH * outW, channels, height, width, kh, kw, sh, sw, padTop, padLeft, dh, dw,
                outH, outW, dx, dxOff);
    }

    /** Adjoint of the strided {@code im2col2d}: column rows {@code ldCol} apart. */
    public static void col2im2d(float[] col, int colOff, int ldCol, int channels, int height, int width,
                                int kh, int kw, int sh, int sw, int padTop, int padLeft, int dh, int dw,
                                int outH, int outW, float[] dx, int dxOff) {
        for (int c = 0; c < channels; c++) {
            int xc = dxOff + c * height * width;
            for (int ki = 0; ki < kh; ki++) {
                int shiftH = ki * dh - padTop;
                int oi0 = firstInside(shiftH, sh, outH);
                int oi1 = endInside(shiftH, sh, height, outH);
                for (int kj = 0; kj < kw; kj++) {
                    int row = colOff + ((c * kh + ki) * kw + kj) * ldCol;
                    int shiftW = kj * dw - padLeft;
                    int oj0 = firstInside(shiftW, sw, outW);
                    int oj1 = endInside(shiftW, sw, width, outW);
                    for (int oi = oi0; oi < oi1; oi++) {
                        int r = row + oi * outW;
                        int base = xc + (oi * sh + shiftH) * width + shiftW;
                        for (int oj = oj0; oj < oj1; oj++) {
                            dx[base + oj * sw] += col[r + oj];
                        }
                    }
                }
            }
        }
    }
}
