package io.github.ser4j.nn.kernels;

/**
 * Average pooling over one channel plane. The window of output {@code o} covers
 * {@code [o * stride - padBefore, .. + kernel)}, clipped at {@code length + padAfter}. The
 * divisor follows PyTorch: with {@code countIncludePad} it is the clipped window size
 * (padding counts as zeros), otherwise only the input positions inside the window
 * (TensorFlow's 'same' average pooling).
 */
public final class AvgPoolKernels {
    private AvgPoolKernels() {
    }

    private static int divisor(int start, int kernel, int length, int padAfter, boolean countIncludePad) {
        int end = Math.min(start + kernel, length + padAfter);
        if (countIncludePad) {
            return end - start;
        }
        return Math.min(end, length) - Math.max(start, 0);
    }

    /** One row pooled; see the class comment for the divisor. */
    public static void avgPool1d(float[] x, int xOff, int length, int kernel, int stride, int padBefore,
                                 int padAfter, boolean countIncludePad, int outLength, float[] y, int yOff) {
        for (int o = 0; o < outLength; o++) {
            int start = o * stride - padBefore;
            double sum = 0;
            for (int i = Math.max(start, 0); i < Math.min(start + kernel, length); i++) {
                sum += x[xOff + i];
            }
            y[yOff + o] = (float) (sum / divisor(start, kernel, length, padAfter, countIncludePad));
        }
    }

    /** Backward of {@link #avgPool1d}: each input in a window gets {@code gy / divisor}. */
    public static void avgPool1dBackward(float[] gy, int gyOff, int length, int kernel, int stride, int padBefore,
                                         int padAfter, boolean countIncludePad, int outLength, float[] gx, int gxOff) {
        for (int o = 0; o < outLength; o++) {
            int start = o * stride - padBefore;
            float share = gy[gyOff + o] / divisor(start, kernel, length, padAfter, countIncludePad);
            for (int i = Math.max(start, 0); i < Math.min(start + kernel, length); i++) {
                gx[gxOff + i] += share;
            }
        }
    }

    /** One plane {@code [height, width]} pooled into {@code [outH, outW]}. */
    public static void avgPool2d(float[] x, int xOff, int height, int width, int kh, int kw, int sh, int sw,
                                 int padTop, int padLeft, int padBottom, int padRight, boolean countIncludePad,
                                 int outH, int outW, float[] y, int yOff) {
        for (int oi = 0; oi < outH; oi++) {
            int i0 = oi * sh - padTop;
            int di = divisor(i0, kh, height, padBottom, countIncludePad);
            for (int oj = 0; oj < outW; oj++) {
                int j0 = oj * sw - padLeft;
                int dj = divisor(j0, kw, width, padRight, countIncludePad);
                double sum = 0;
                for (int i = Math.max(i0, 0); i < Math.min(i0 + kh, height); i++) {
                    for (int j = Math.max(j0, 0); j < Math.min(j0 + kw, width); j++) {
                        sum += x[xOff + i * width + j];
                    }
                }
                y[yOff + oi * outW + oj] = (float) (sum / ((long) di * dj));
            }
        }
    }

    /** Backward of {@link #avgPool2d}. */
    public static void avgPool2dBackward(float[] gy, int gyOff, int height, int width, int kh, int kw, int sh, int sw,
                                         int padTop, int padLeft, int padBottom, int padRight, boolean countIncludePad,
                                         int outH, int outW, float[] gx, int gxOff) {
        for (int oi = 0; oi < outH; oi++) {
            int i0 = oi * sh - padTop;
            int di = divisor(i0, kh, height, padBottom, countIncludePad);
            for (int oj = 0; oj < outW; oj++) {
                int j0 = oj * sw - padLeft;
                int dj = divisor(j0, kw, width, padRight, countIncludePad);
                float share = gy[gyOff + oi * outW + oj] / ((long) di * dj);
                for (int i = Math.max(i0, 0); i < Math.min(i0 + kh, height); i++) {
                    for (int j = Math.max(j0, 0); j < Math.min(j0 + kw, width); j++) {
                        gx[gxOff + i * width + j] += share;
                    }
                }
            }
        }
    }
}
