package io.github.ser4j.nn.kernels;

import static io.github.ser4j.nn.kernels.KernelTesting.random;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * {@link Im2col} against the per-element definition, the adjoint identity
 * {@code <im2col(x), C> = <x, col2im(C)>}, and im2col + {@link Gemm} against a direct convolution.
 */
class Im2colRangesTest {
    private final SplittableRandom rnd = new SplittableRandom(5);

    /** {stride, padBefore, dilation, kernel} combinations, including padding wider than the kernel. */
    private static final int[][] WINDOWS_1D = {{1, 0, 1, 1}, {1, 2, 1, 5}, {2, 1, 1, 3}, {3, 4, 2, 3},
            {1, 7, 1, 3}, {2, 0, 3, 4}, {5, 2, 1, 2}};

    @Test
    void im2col1dMatchesTheDefinitionElementByElement() {
        for (int length : new int[]{1, 7, 17, 64}) {
            for (int[] w : WINDOWS_1D) {
                int stride = w[0], pad = w[1], dil = w[2], k = w[3];
                int outLen = Math.max(1, (length + 2 * pad - dil * (k - 1) - 1) / stride + 1) + 1; // one extra: past the end
                int ch = 3;
                float[] x = random(rnd, 2 + ch * length, 1);
                float[] col = random(rnd, 1 + ch * k * outLen, 1); // garbage must be overwritten
                Im2col.im2col1d(x, 2, ch, length, k, stride, pad, dil, outLen, col, 1);
                for (int c = 0; c < ch; c++) {
                    for (int kk = 0; kk < k; kk++) {
                        for (int t = 0; t < outLen; t++) {
                            int i = t * stride + kk * dil - pad;
                            float expected = i >= 0 && i < length ? x[2 + c * length + i] : 0f;
                            assertThat(col[1 + (c * k + kk) * outLen + t]).isEqualTo(expected);
                        }
                    }
                }
                // Adjoint: <im2col(x), C> == <x, col2im(C)>.
                float[] cmat = random(rnd, ch * k * outLen, 1);
                float[] back = new float[ch * length];
                Im2col.col2im1d(cmat, 0, ch, length, k, stride, pad, dil, outLen, back, 0);
                double lhs = 0;
                for (int i = 0; i < cmat.length; i++) {
                    lhs += (double) col[1 + i] * cmat[i];
                }
                double rhs = 0;
                for (int i = 0; i < back.length; i++) {
                    rhs += (double) x[2 + i] * back[i];
                }
                assertThat(lhs).as("adjoint L=" + length).isCloseTo(rhs, Offset.offset(1e-4));
            }
        }
    }

    @Test
    void im2col2dMatchesTheDefinitionAndIsTheAdjointOfCol2im() {
        int[][] windows = {{3, 3, 1, 1, 1, 1, 1, 1}, {2, 2, 2, 2, 0, 0, 1, 1}, {3, 2, 2, 1, 2, 0, 2, 1},
                {1, 1, 1, 1, 0, 0, 1, 1}, {5, 3, 3, 2, 4, 1, 1, 2}};
        for (int[] w : windows) {
            int kh = w[0], kw = w[1], sh = w[2], sw = w[3], pt = w[4], pl = w[5], dh = w[6], dw = w[7];
            int ch = 2, height = 9, width = 7;
            int outH = (height + 2 * pt - dh * (kh - 1) - 1) / sh + 1;
            int outW = (width + 2 * pl - dw * (kw - 1) - 1) / sw + 1;
            float[] x = random(rnd, ch * height * width, 1);
            float[] col = random(rnd, ch * kh * kw * outH * outW, 1);
            Im2col.im2col2d(x, 0, ch, height, width, kh, kw, sh, sw, pt, pl, dh, dw, outH, outW, col, 0);
            for (int c = 0; c < ch; c++) {
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j++) {
                        for (int oh = 0; oh < outH; oh++) {
                            for (int ow = 0; ow < outW; ow++) {
                                int r = oh * sh + i * dh - pt;
                                int q = ow * sw + j * dw - pl;
                                float expected = r >= 0 && r < height && q >= 0 && q < width
                                        ? x[(c * height + r) * width + q] : 0f;
                                assertThat(col[(((c * kh + i) * kw + j) * outH + oh) * outW + ow]).isEqualTo(expected);
                            }
                        }
                    }
                }
            }
            float[] cmat = random(rnd, col.length, 1);
            float[] back = new float[x.length];
            Im2col.col2im2d(cmat, 0, ch, height, width, kh, kw, sh, sw, pt, pl, dh, dw, outH, outW, back, 0);
            double lhs = 0;
            for (int i = 0; i < col.length; i++) {
                lhs += (double) col[i] * cmat[i];
            }
            double rhs = 0;
            for (int i = 0; i < x.length; i++) {
                rhs += (double) x[i] * back[i];
            }
            assertThat(lhs).isCloseTo(rhs, Offset.offset(1e-4));
        }
    }

    @Test
    void im2colThenGemmIsTheDirectConvolution() {
        int cin = 3, cout = 5, length = 37, k = 5, stride = 2, pad = 2, dil = 1;
        int outLen = (length + 2 * pad - dil * (k - 1) - 1) / stride + 1;
        float[] x = random(rnd, cin * length, 1);
        float[] w = random(rnd, cout * cin * k, 1);
        float[] col = new float[cin * k * outLen];
        Im2col.im2col1d(x, 0, cin, length, k, stride, pad, dil, outLen, col, 0);
        float[] y = new float[cout * outLen];
        Gemm.sgemm(false, false, cout, outLen, cin * k, 1f, w, 0, cin * k, col, 0, outLen, 0f, y, 0, outLen);
        for (int o = 0; o < cout; o++) {
            for (int t = 0; t < outLen; t++) {
                double s = 0;
                for (int c = 0; c < cin; c++) {
                    for (int kk = 0; kk < k; kk++) {
                        int i = t * stride + kk * dil - pad;
                        if (i >= 0 && i < length) {
                            s += (double) w[(o * cin + c) * k + kk] * x[c * length + i];
                        }
                    }
                }
                assertThat((double) y[o * outLen + t]).isCloseTo(s, Offset.offset(1e-5));
            }
        }
    }
}
