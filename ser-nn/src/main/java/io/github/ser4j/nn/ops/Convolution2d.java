package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.Gemm;
import io.github.ser4j.nn.kernels.Im2col;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * 2-D convolution (cross-correlation, as PyTorch's {@code F.conv2d}): {@code x [N, C, H, W]},
 * {@code W [O, C, KH, KW]}, {@code b [O]} or null, {@code y [N, O, outH, outW]}; one
 * {@link SlidingWindow} per spatial axis. Same scheme as {@link Convolution1d}: per sample
 * {@code y[n] = W [O, C*KH*KW] @ col [C*KH*KW, outH*outW]}, and the adjoint GEMMs plus
 * {@code col2im} in the backward pass.
 */
public final class Convolution2d extends Function {
    private final Tensor x;
    private final Tensor w;
    private final Tensor b;
    private final SlidingWindow rows;
    private final SlidingWindow cols;
    private final int outH;
    private final int outW;

    private Convolution2d(Tensor x, Tensor w, Tensor b, SlidingWindow rows, SlidingWindow cols, int outH, int outW) {
        super(x, w, b);
        this.x = x;
        this.w = w;
        this.b = b;
        this.rows = rows;
        this.cols = cols;
        this.outH = outH;
        this.outW = outW;
    }

    /** Convolves {@code x} with {@code w}; {@code rows} and {@code cols} give the height and width geometry. */
    public static Tensor apply(Tensor x, Tensor w, Tensor b, SlidingWindow rows, SlidingWindow cols) {
        if (x.rank() != 4 || w.rank() != 4 || x.dim(1) != w.dim(1)) {
            throw new IllegalArgumentException("conv2d: input " + Arrays.toString(x.shape()) + " [batch, channels, height, width]"
                    + " and weight " + Arrays.toString(w.shape()) + " [out, in, kh, kw] do not fit (axis 1 must agree)");
        }
        if (w.dim(2) != rows.kernel() || w.dim(3) != cols.kernel()) {
            throw new IllegalArgumentException("conv2d: weight kernel " + w.dim(2) + "x" + w.dim(3)
                    + " differs from windows " + rows + ", " + cols);
        }
        int out = w.dim(0);
        if (b != null && (b.rank() != 1 || b.dim(0) != out)) {
            throw new IllegalArgumentException("conv2d: bias " + Arrays.toString(b.shape()) + " must be [" + out + "]");
        }
        int n = x.dim(0);
        int c = x.dim(1);
        int h = x.dim(2);
        int wd = x.dim(3);
        int oh = rows.outputLength("conv2d (height)", h);
        int ow = cols.outputLength("conv2d (width)", wd);
        int plane = oh * ow;
        int ck = c * rows.kernel() * cols.kernel();
        Tensor y = Tensor.zeros(n, out, oh, ow);
        float[] yd = y.data();
        float[] col = new float[ck * plane];
        for (int s = 0; s < n; s++) {
            unfold(x.data(), s * c * h * wd, c, h, wd, rows, cols, oh, ow, col);
            int yo = s * out * plane;
            if (b != null) {
                for (int o = 0; o < out; o++) {
                    Arrays.fill(yd, yo + o * plane, yo + (o + 1) * plane, b.data()[o]);
                }
            }
            Gemm.sgemm(false, false, out, plane, ck, 1f, w.data(), 0, ck, col, 0, plane,
                    b == null ? 0f : 1f, yd, yo, plane);
        }
        return needsGrad(x, w, b) ? new Convolution2d(x, w, b, rows, cols, oh, ow).record(y) : y;
    }

    private static void unfold(float[] x, int off, int c, int h, int wd, SlidingWindow rows, SlidingWindow cols,
                               int oh, int ow, float[] col) {
        Im2col.im2col2d(x, off, c, h, wd, rows.kernel(), cols.kernel(), rows.stride(), cols.stride(),
                rows.padBefore(h), cols.padBefore(wd), rows.dilation(), cols.dilation(), oh, ow, col, 0);
    }

    @Override
    protected void backward(float[] g) {
        int n = x.dim(0);
        int c = x.dim(1);
        int h = x.dim(2);
        int wd = x.dim(3);
        int out = w.dim(0);
        int plane = outH * outW;
        int ck = c * rows.kernel() * cols.kernel();
        float[] col = new float[ck * plane];
        for (int s = 0; s < n; s++) {
            int go = s * out * plane;
            if (w.requiresGrad()) {
                unfold(x.data(), s * c * h * wd, c, h, wd, rows, cols, outH, outW, col);
                Gemm.sgemm(false, true, out, ck, plane, 1f, g, go, plane, col, 0, plane, 1f, w.gradOrAllocate(), 0, ck);
            }
            if (x.requiresGrad()) {
                Gemm.sgemm(true, false, ck, plane, out, 1f, w.data(), 0, ck, g, go, plane, 0f, col, 0, plane);
                Im2col.col2im2d(col, 0, c, h, wd, rows.kernel(), cols.kernel(), rows.stride(), cols.stride(),
                        rows.padBefore(h), cols.padBefore(wd), rows.dilation(), cols.dilation(), outH, outW,
                        x.gradOrAllocate(), s * c * h * wd);
            }
            if (b != null && b.requiresGrad()) {
                float[] gb = b.gradOrAllocate();
                for (int o = 0; o < out; o++) {
                    double sum = 0;
                    for (int t = 0; t < plane; t++) {
                        sum += g[go + o * plane + t];
                    }
                    gb[o] += (float) sum;
                }
            }
        }
    }
}
