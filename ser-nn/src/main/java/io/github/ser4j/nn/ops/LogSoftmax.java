package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.SoftmaxKernels;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * Log-softmax along one axis, {@code y_i = x_i - log sum_j e^x_j}, computed directly (more accurate than log of softmax). Backward: {@code dx_i = g_i - softmax_i sum_j g_j}.
 * The tensor is viewed as {@code [outer, n, inner]} around the axis; each of the
 * {@code outer * inner} vectors has stride {@code inner}.
 */
public final class LogSoftmax extends AlongAxis {

    private LogSoftmax(Tensor x, Tensor y, View v) {
        super(x, y, v);
    }

    /** Applied along {@code axis} (negative counts from the end). */
    public static Tensor apply(Tensor x, int axis) {
        View v = View.of("logSoftmax", x, axis);
        Tensor y = Tensor.zeros(x.shape());
        v.forEachVector(off -> SoftmaxKernels.logSoftmax(x.data(), y.data(), off, v.n(), v.inner()));
        return needsGrad(x) ? new LogSoftmax(x, y, v).record(y) : y;
    }

    @Override
    void backwardVector(float[] g, float[] gx, int offset) {
        SoftmaxKernels.logSoftmaxBackward(y.data(), g, gx, offset, n, inner);
    }
}
