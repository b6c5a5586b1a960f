package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.SoftmaxKernels;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * Softmax along one axis, {@code y_i = e^x_i / sum_j e^x_j}. Backward: {@code dx_i = y_i (g_i - sum_j g_j y_j)}.
 * The tensor is viewed as {@code [outer, n, inner]} around the axis; each of the
 * {@code outer * inner} vectors has stride {@code inner}.
 */
public final class Softmax extends Function {
    private final Tensor x;
    private final Tensor y;
    private final int outer;
    private final int n;
    private final int inner;

    private Softmax(Tensor x, Tensor y, int outer, int n, int inner) {
        super(x);
        this.x = x;
        this.y = y;
        this.outer = outer;
        this.n = n;
        this.inner = inner;
    }

    /** Applied along {@code axis} (negative counts from the end). */
    public static Tensor apply(Tensor x, int axis) {
        int a = Broadcast.axis("softmax", axis, x.rank());
        int outer = 1;
        for (int i = 0; i < a; i++) {
            outer *= x.dim(i);
        }
        int inner = 1;
        for (int i = a + 1; i < x.rank(); i++) {
            inner *= x.dim(i);
        }
        int n = x.dim(a);
        Tensor y = Tensor.zeros(x.shape());
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                SoftmaxKernels.softmax(x.data(), y.data(), o * n * inner + i, n, inner);
            }
        }
        return needsGrad(x) ? new Softmax(x, y, outer, n, inner).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        float[] gx = x.gradOrAllocate();
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                SoftmaxKernels.softmaxBackward(y.data(), g, gx, o * n * inner + i, n, inner);
            }
        }
    }
}
