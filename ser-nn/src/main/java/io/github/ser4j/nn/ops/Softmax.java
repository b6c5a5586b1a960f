package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.SoftmaxKernels;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * Softmax along one axis, {@code y_i = e^x_i / sum_j e^x_j}. Backward: {@code dx_i = y_i (g_i - sum_j g_j y_j)}.
 * The tensor is viewed as {@code [outer, n, inner]} around the axis; each of the
 * {@code outer * inner} vectors has stride {@code inner}.
 */
public final class Softmax extends AlongAxis {

    private Softmax(Tensor x, Tensor y, View v) {
        super(x, y, v);
    }

    /** Applied along {@code axis} (negative counts from the end). */
    public static Tensor apply(Tensor x, int axis) {
        View v = View.of("softmax", x, axis);
        Tensor y = Tensor.zeros(x.shape());
        v.forEachVector(off -> SoftmaxKernels.softmax(x.data(), y.data(), off, v.n(), v.inner()));
        return needsGrad(x) ? new Softmax(x, y, v).record(y) : y;
    }

    @Override
    void backwardVector(float[] g, float[] gx, int offset) {
        SoftmaxKernels.softmaxBackward(y.data(), g, gx, offset, n, inner);
    }
}
