package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.Im2col;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * 2-D convolution (cross-correlation, as PyTorch's {@code F.conv2d}): {@code x [N, C, H, W]},
 * {@code W [O, C, KH, KW]}, {@code b [O]} or null, {@code y [N, O, outH, outW]}; one
 * {@link SlidingWindow} per spatial axis. Same scheme as {@link Convolution1d}:
 * {@code y[n] = W [O, C*KH*KW] @ col [C*KH*KW, outH*outW]} with several samples per GEMM
 * ({@link ColumnConvolution}), and the adjoint GEMMs plus {@code col2im} in the backward pass.
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
        ColumnConvolution.forward(n, out, ck, plane, w.data(), b == null ? null : b.data(),
                unfolding(x.data(), c, h, wd, rows, cols, oh, ow), y.data());
        return needsGrad(x, w, b) ? new Convolution2d(x, w, b, rows, cols, oh, ow).record(y) : y;
    }

    /** Sample {@code s} of {@code x [N, c, h, wd]} unfolded into columns, and the adjoint into a gradient of that shape. */
    private static ColumnConvolution.Unfolding unfolding(float[] xd, int c, int h, int wd, SlidingWindow rows,
                                                         SlidingWindow cols, int oh, int ow) {
        int kh = rows.kernel();
        int kw = cols.kernel();
        int sh = rows.stride();
        int sw = cols.stride();
        int pt = rows.padBefore(h);
        int pl = cols.padBefore(wd);
        int dh = rows.dilation();
        int dw = cols.dilation();
        int size = c * h * wd;
        return new ColumnConvolution.Unfolding() {
            @Override
            public void unfold(int s, float[] col, int colOff, int ldCol) {
                Im2col.im2col2d(xd, s * size, c, h, wd, kh, kw, sh, sw, pt, pl, dh, dw, oh, ow, col, colOff, ldCol);
            }

            @Override
            public void fold(float[] col, int colOff, int ldCol, int s, float[] dx) {
                Im2col.col2im2d(col, colOff, ldCol, c, h, wd, kh, kw, sh, sw, pt, pl, dh, dw, oh, ow, dx, s * size);
            }
        };
    }

    @Override
    protected void backward(float[] g) {
        int ck = x.dim(1) * rows.kernel() * cols.kernel();
        ColumnConvolution.backward(x.dim(0), w.dim(0), ck, outH * outW, w.data(), g,
                unfolding(x.data(), x.dim(1), x.dim(2), x.dim(3), rows, cols, outH, outW),
                w.requiresGrad() ? w.gradOrAllocate() : null,
                x.requiresGrad() ? x.gradOrAllocate() : null,
                b != null && b.requiresGrad() ? b.gradOrAllocate() : null);
    }
}
