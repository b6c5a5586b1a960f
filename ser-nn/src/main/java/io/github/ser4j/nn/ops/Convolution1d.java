package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.Im2col;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * 1-D convolution (cross-correlation, as PyTorch's {@code F.conv1d}): {@code x [N, C, L]},
 * {@code W [O, C, K]}, {@code b [O]} or null, {@code y [N, O, outL]} with
 * {@code y[n, o, t] = b[o] + sum_{c,k} W[o, c, k] x[n, c, t*stride - padBefore + k*dilation]}.
 *
 * <p>Computed as a GEMM over the unfolded input ({@link Im2col}):
 * {@code y[n] = W [O, C*K] @ col [C*K, outL]}, several samples side by side in one product
 * ({@link ColumnConvolution}). Backward: {@code dW += G col^T}, {@code dcol = W^T G} folded
 * back with {@code col2im}, {@code db += sum_t G}. The column matrix is rebuilt in the
 * backward pass rather than kept, trading a cheap unfold for memory.
 */
public final class Convolution1d extends Function {
    private final Tensor x;
    private final Tensor w;
    private final Tensor b;
    private final SlidingWindow window;
    private final int outLength;

    private Convolution1d(Tensor x, Tensor w, Tensor b, SlidingWindow window, int outLength) {
        super(x, w, b);
        this.x = x;
        this.w = w;
        this.b = b;
        this.window = window;
        this.outLength = outLength;
    }

    /** Convolves {@code x} with {@code w} (kernel size taken from {@code w}); stride, padding, dilation from {@code window}. */
    public static Tensor apply(Tensor x, Tensor w, Tensor b, SlidingWindow window) {
        if (x.rank() != 3 || w.rank() != 3 || x.dim(1) != w.dim(1)) {
            throw new IllegalArgumentException("conv1d: input " + Arrays.toString(x.shape()) + " [batch, channels, time]"
                    + " and weight " + Arrays.toString(w.shape()) + " [out, in, kernel] do not fit (axis 1 must agree)");
        }
        if (w.dim(2) != window.kernel()) {
            throw new IllegalArgumentException("conv1d: weight kernel " + w.dim(2) + " differs from window " + window);
        }
        int out = w.dim(0);
        if (b != null && (b.rank() != 1 || b.dim(0) != out)) {
            throw new IllegalArgumentException("conv1d: bias " + Arrays.toString(b.shape()) + " must be [" + out + "]");
        }
        int n = x.dim(0);
        int c = x.dim(1);
        int len = x.dim(2);
        int k = window.kernel();
        int outLen = window.outputLength("conv1d", len);
        Tensor y = Tensor.zeros(n, out, outLen);
        ColumnConvolution.forward(n, out, c * k, outLen, w.data(), b == null ? null : b.data(),
                unfolding(x.data(), c, len, window, outLen), y.data());
        return needsGrad(x, w, b) ? new Convolution1d(x, w, b, window, outLen).record(y) : y;
    }

    /** Sample {@code s} of {@code x [N, c, len]} unfolded into columns, and the adjoint into a gradient of that shape. */
    private static ColumnConvolution.Unfolding unfolding(float[] xd, int c, int len, SlidingWindow window, int outLen) {
        int k = window.kernel();
        int stride = window.stride();
        int pad = window.padBefore(len);
        int dil = window.dilation();
        return new ColumnConvolution.Unfolding() {
            @Override
            public void unfold(int s, float[] col, int colOff, int ldCol) {
                Im2col.im2col1d(xd, s * c * len, c, len, k, stride, pad, dil, outLen, col, colOff, ldCol);
            }

            @Override
            public void fold(float[] col, int colOff, int ldCol, int s, float[] dx) {
                Im2col.col2im1d(col, colOff, ldCol, c, len, k, stride, pad, dil, outLen, dx, s * c * len);
            }
        };
    }

    @Override
    protected void backward(float[] g) {
        int c = x.dim(1);
        int len = x.dim(2);
        ColumnConvolution.backward(x.dim(0), w.dim(0), c * window.kernel(), outLength, w.data(), g,
                unfolding(x.data(), c, len, window, outLength),
                w.requiresGrad() ? w.gradOrAllocate() : null,
                x.requiresGrad() ? x.gradOrAllocate() : null,
                b != null && b.requiresGrad() ? b.gradOrAllocate() : null);
    }
}
