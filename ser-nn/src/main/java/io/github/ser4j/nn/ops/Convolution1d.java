package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.Gemm;
import io.github.ser4j.nn.kernels.Im2col;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * 1-D convolution (cross-correlation, as PyTorch's {@code F.conv1d}): {@code x [N, C, L]},
 * {@code W [O, C, K]}, {@code b [O]} or null, {@code y [N, O, outL]} with
 * {@code y[n, o, t] = b[o] + sum_{c,k} W[o, c, k] x[n, c, t*stride - padBefore + k*dilation]}.
 *
 * <p>Computed per sample as one GEMM over the unfolded input ({@link Im2col}):
 * {@code y[n] = W [O, C*K] @ col [C*K, outL]}. Backward per sample:
 * {@code dW += G[n] col^T}, {@code dcol = W^T G[n]} folded back with {@code col2im},
 * {@code db += sum_t G[n]}. The column matrix is rebuilt in the backward pass rather than
 * kept, trading a cheap unfold for memory.
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
        float[] yd = y.data();
        float[] col = new float[c * k * outLen];
        for (int s = 0; s < n; s++) {
            Im2col.im2col1d(x.data(), s * c * len, c, len, k, window.stride(), window.padBefore(len),
                    window.dilation(), outLen, col, 0);
            int yo = s * out * outLen;
            if (b != null) {
                for (int o = 0; o < out; o++) {
                    Arrays.fill(yd, yo + o * outLen, yo + (o + 1) * outLen, b.data()[o]);
                }
            }
            Gemm.sgemm(false, false, out, outLen, c * k, 1f, w.data(), 0, c * k, col, 0, outLen,
                    b == null ? 0f : 1f, yd, yo, outLen);
        }
        return needsGrad(x, w, b) ? new Convolution1d(x, w, b, window, outLen).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        int n = x.dim(0);
        int c = x.dim(1);
        int len = x.dim(2);
        int out = w.dim(0);
        int k = window.kernel();
        int rowsCol = c * k;
        float[] col = new float[rowsCol * outLength];
        for (int s = 0; s < n; s++) {
            int go = s * out * outLength;
            if (w.requiresGrad()) {
                Im2col.im2col1d(x.data(), s * c * len, c, len, k, window.stride(), window.padBefore(len),
                        window.dilation(), outLength, col, 0);
                Gemm.sgemm(false, true, out, rowsCol, outLength, 1f, g, go, outLength, col, 0, outLength,
                        1f, w.gradOrAllocate(), 0, rowsCol);
            }
            if (x.requiresGrad()) {
                Gemm.sgemm(true, false, rowsCol, outLength, out, 1f, w.data(), 0, rowsCol, g, go, outLength,
                        0f, col, 0, outLength);
                Im2col.col2im1d(col, 0, c, len, k, window.stride(), window.padBefore(len), window.dilation(),
                        outLength, x.gradOrAllocate(), s * c * len);
            }
            if (b != null && b.requiresGrad()) {
                float[] gb = b.gradOrAllocate();
                for (int o = 0; o < out; o++) {
                    double sum = 0;
                    for (int t = 0; t < outLength; t++) {
                        sum += g[go + o * outLength + t];
                    }
                    gb[o] += (float) sum;
                }
            }
        }
    }
}
