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
 */
public final class Im2col {
    private Im2col() {
    }

    /** Fills {@code col[colOff ..]} ({@code [channels * kernel, outLength]}) from {@code x[xOff ..]} ({@code [channels, length]}). */
    public static void im2col1d(float[] x, int xOff, int channels, int length, int kernel, int stride,
                                int padBefore, int dilation, int outLength, float[] col, int colOff) {
        for (int c = 0; c < channels; c++) {
            int xc = xOff + c * length;
            for (int k = 0; k < kernel; k++) {
                int row = colOff + (c * kernel + k) * outLength;
                int shift = k * dilation - padBefore;
                for (int t = 0; t < outLength; t++) {
                    int i = t * stride + shift;
                    col[row + t] = i >= 0 && i < length ? x[xc + i] : 0f;
                }
            }
        }
    }

    /** Adds the columns back onto {@code dx[dxOff ..]} ({@code [channels, length]}): the adjoint of {@link #im2col1d}. */
    public static void col2im1d(float[] col, int colOff, int channels, int length, int kernel, int stride,
                                int padBefore, int dilation, int outLength, float[] dx, int dxOff) {
        for (int c = 0; c < channels; c++) {
            int xc = dxOff + c * length;
            for (int k = 0; k < kernel; k++) {
                int row = colOff + (c * kernel + k) * outLength;
                int shift = k * dilation - padBefore;
                for (int t = 0; t < outLength; t++) {
                    int i = t * stride + shift;
                    if (i >= 0 && i < length) {
                        dx[xc + i] += col[row + t];
                    }
                }
            }
        }
    }

    /** 2-D unfolding of {@code x[xOff ..]} ({@code [channels, height, width]}) into {@code [channels*kh*kw, outH*outW]}. */
    public static void im2col2d(float[] x, int xOff, int channels, int height, int width,
                                int kh, int kw, int sh, int sw, int padTop, int padLeft, int dh, int dw,
                                int outH, int outW, float[] col, int colOff) {
        int plane = outH * outW;
        for (int c = 0; c < channels; c++) {
            int xc = xOff + c * height * width;
            for (int ki = 0; ki < kh; ki++) {
                for (int kj = 0; kj < kw; kj++) {
                    int row = colOff + ((c * kh + ki) * kw + kj) * plane;
                    for (int oi = 0; oi < outH; oi++) {
                        int i = oi * sh - padTop + ki * dh;
                        int r = row + oi * outW;
                        if (i < 0 || i >= height) {
                            java.util.Arrays.fill(col, r, r + outW, 0f);
                            continue;
                        }
                        int xr = xc + i * width;
                        for (int oj = 0; oj < outW; oj++) {
                            int j = oj * sw - padLeft + kj * dw;
                            col[r + oj] = j >= 0 && j < width ? x[xr + j] : 0f;
                        }
                    }
                }
            }
        }
    }

    /** Adjoint of {@link #im2col2d}: adds the columns back onto {@code dx[dxOff ..]}. */
    public static void col2im2d(float[] col, int colOff, int channels, int height, int width,
                                int kh, int kw, int sh, int sw, int padTop, int padLeft, int dh, int dw,
                                int outH, int outW, float[] dx, int dxOff) {
        int plane = outH * outW;
        for (int c = 0; c < channels; c++) {
            int xc = dxOff + c * height * width;
            for (int ki = 0; ki < kh; ki++) {
                for (int kj = 0; kj < kw; kj++) {
                    int row = colOff + ((c * kh + ki) * kw + kj) * plane;
                    for (int oi = 0; oi < outH; oi++) {
                        int i = oi * sh - padTop + ki * dh;
                        if (i < 0 || i >= height) {
                            continue;
                        }
                        int r = row + oi * outW;
                        int xr = xc + i * width;
                        for (int oj = 0; oj < outW; oj++) {
                            int j = oj * sw - padLeft + kj * dw;
                            if (j >= 0 && j < width) {
                                dx[xr + j] += col[r + oj];
                            }
                        }
                    }
                }
            }
        }
    }
}
