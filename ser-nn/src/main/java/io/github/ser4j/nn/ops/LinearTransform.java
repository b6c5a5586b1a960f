package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.Gemm;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * The affine map of a fully connected layer, {@code y = x W^T + b} (PyTorch's
 * {@code F.linear}): {@code x [..., in]}, {@code W [out, in]}, {@code b [out]} or null,
 * {@code y [..., out]}. All leading axes are folded into the rows of one GEMM.
 *
 * <p>Backward, with {@code G = dL/dy} as {@code [rows, out]}: {@code dx = G W},
 * {@code dW = G^T x}, {@code db = sum over rows of G}.
 */
public final class LinearTransform extends Function {
    private final Tensor x;
    private final Tensor w;
    private final Tensor b;
    private final int rows;
    private final int in;
    private final int out;

    private LinearTransform(Tensor x, Tensor w, Tensor b, int rows, int in, int out) {
        super(x, w, b);
        this.x = x;
        this.w = w;
        this.b = b;
        this.rows = rows;
        this.in = in;
        this.out = out;
    }

    /** {@code x W^T + b}. */
    public static Tensor apply(Tensor x, Tensor w, Tensor b) {
        if (x.rank() < 1 || w.rank() != 2 || x.dim(-1) != w.dim(1)) {
            throw new IllegalArgumentException("linear: input " + Arrays.toString(x.shape()) + " and weight "
                    + Arrays.toString(w.shape()) + " do not fit (axis -1 of input must equal axis 1 of weight [out, in])");
        }
        int out = w.dim(0);
        int in = w.dim(1);
        if (b != null && (b.rank() != 1 || b.dim(0) != out)) {
            throw new IllegalArgumentException("linear: bias " + Arrays.toString(b.shape()) + " must be [" + out + "]");
        }
        int rows = in == 0 ? 0 : x.numel() / in;
        int[] os = x.shape();
        os[os.length - 1] = out;
        Tensor y = Tensor.zeros(os);
        float[] yd = y.data();
        if (b != null) {
            float[] bd = b.data();
            for (int r = 0; r < rows; r++) {
                System.arraycopy(bd, 0, yd, r * out, out);
            }
        }
        Gemm.sgemm(false, true, rows, out, in, 1f, x.data(), 0, in, w.data(), 0, in, b == null ? 0f : 1f, yd, 0, out);
        return needsGrad(x, w, b) ? new LinearTransform(x, w, b, rows, in, out).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        if (x.requiresGrad()) {
            Gemm.sgemm(false, false, rows, in, out, 1f, g, 0, out, w.data(), 0, in, 1f, x.gradOrAllocate(), 0, in);
        }
        if (w.requiresGrad()) {
            Gemm.sgemm(true, false, out, in, rows, 1f, g, 0, out, x.data(), 0, in, 1f, w.gradOrAllocate(), 0, in);
        }
        if (b != null && b.requiresGrad()) {
            float[] gb = b.gradOrAllocate();
            for (int r = 0; r < rows; r++) {
                for (int o = 0; o < out; o++) {
                    gb[o] += g[r * out + o];
                }
            }
        }
    }
}
