package io.github.ser4j.nn.kernels;

/**
 * Max pooling over one channel plane. Windows start at {@code o * stride - padBefore};
 * positions outside the input are skipped (as if padded with -infinity, so padding never
 * wins the max, as in both PyTorch and TensorFlow). The index of each window's maximum
 * (first one on ties, as PyTorch) is stored for the backward pass, which routes the
 * gradient to that element only.
 *
 * <p>Inference needs no index: the {@code Values} forms compute the maxima only, and loop
 * the other way round — over the window offset outside, over the outputs inside — so the
 * inner loop is a long, branch-free {@link Math#max} sweep (2-3x faster here than the
 * per-window loop with its short, variable trip count). {@code Math.max} returns NaN when
 * either argument is NaN, so a NaN in a window gives NaN, as the indexed forms and PyTorch do.
 */
public final class MaxPoolKernels {
    private MaxPoolKernels() {
    }

    /** One row {@code x[xOff .. xOff+length)} pooled into {@code y[yOff .. yOff+outLength)}; {@code argmax} gets row-relative indices. */
    public static void maxPool1d(float[] x, int xOff, int length, int kernel, int stride, int padBefore,
                                 int outLength, float[] y, int yOff, int[] argmax, int argOff) {
        for (int o = 0; o < outLength; o++) {
            int start = o * stride - padBefore;
            int from = Math.max(start, 0);
            int to = Math.min(start + kernel, length);
            float best = Float.NEGATIVE_INFINITY;
            int at = from;
            for (int i = from; i < to; i++) {
                float v = x[xOff + i];
                if (v > best || Float.isNaN(v)) {
                    best = v;
                    at = i;
                    if (Float.isNaN(v)) {
                        break;
                    }
                }
            }
            y[yOff + o] = best;
            argmax[argOff + o] = at;
        }
    }

    /** One plane {@code [height, width]} pooled into {@code [outH, outW]}; {@code argmax} gets plane-relative indices. */
    public static void maxPool2d(float[] x, int xOff, int height, int width, int kh, int kw, int sh, int sw,
                                 int padTop, int padLeft, int outH, int outW, float[] y, int yOff,
                                 int[] argmax, int argOff) {
        for (int oi = 0; oi < outH; oi++) {
            int i0 = oi * sh - padTop;
            int iFrom = Math.max(i0, 0);
            int iTo = Math.min(i0 + kh, height);
            for (int oj = 0; oj < outW; oj++) {
                int j0 = oj * sw - padLeft;
                int jFrom = Math.max(j0, 0);
                int jTo = Math.min(j0 + kw, width);
                float best = Float.NEGATIVE_INFINITY;
                int at = iFrom * width + jFrom;
                for (int i = iFrom; i < iTo; i++) {
                    for (int j = jFrom; j < jTo; j++) {
                        float v = x[xOff + i * width + j];
                        if (v > best) {
                            best = v;
                            at = i * width + j;
                        }
                    }
                }
                y[yOff + oi * outW + oj] = best;
                argmax[argOff + oi * outW + oj] = at;
            }
        }
    }

    /** Maxima only of {@link #maxPool1d} (no argmax): for inference. */
    public static void maxPool1dValues(float[] x, int xOff, int length, int kernel, int stride, int padBefore,
                                       int outLength, float[] y, int yOff) {
        java.util.Arrays.fill(y, yOff, yOff + outLength, Float.NEGATIVE_INFINITY);
        for (int k = 0; k < kernel; k++) {
            int shift = k - padBefore; // output o reads x[o*stride + shift]
            int o0 = Im2col.firstInside(shift, stride, outLength);
            int o1 = Im2col.endInside(shift, stride, length, outLength);
            int src = xOff + shift;
            for (int o = o0; o < o1; o++) {
                y[yOff + o] = Math.max(y[yOff + o], x[src + o * stride]);
            }
        }
    }

    /** Maxima only of {@link #maxPool2d} (no argmax): for inference. */
    public static void maxPool2dValues(float[] x, int xOff, int height, int width, int kh, int kw, int sh, int sw,
                                       int padTop, int padLeft, int outH, int outW, float[] y, int yOff) {
        java.util.Arrays.fill(y, yOff, yOff + outH * outW, Float.NEGATIVE_INFINITY);
        for (int oi = 0; oi < outH; oi++) {
            int yRow = yOff + oi * outW;
            for (int ki = 0; ki < kh; ki++) {
                int i = oi * sh - padTop + ki;
                if (i < 0 || i >= height) {
                    continue;
                }
                for (int kj = 0; kj < kw; kj++) {
                    int shift = kj - padLeft;
                    int o0 = Im2col.firstInside(shift, sw, outW);
                    int o1 = Im2col.endInside(shift, sw, width, outW);
                    int src = xOff + i * width + shift;
                    for (int oj = o0; oj < o1; oj++) {
                        y[yRow + oj] = Math.max(y[yRow + oj], x[src + oj * sw]);
                    }
                }
            }
        }
    }

    /** {@code gx[gxOff + argmax[o]] += gy[o]} for {@code count} outputs. */
    public static void maxPoolBackward(float[] gy, int gyOff, int[] argmax, int argOff, int count,
                                       float[] gx, int gxOff) {
        for (int o = 0; o < count; o++) {
            gx[gxOff + argmax[argOff + o]] += gy[gyOff + o];
        }
    }
}
