package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.ActivationKernels;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * Logistic sigmoid {@code y = 1 / (1 + e^-x)}. Backward uses the saved output: {@code dx = g y (1 - y)}.
 */
public final class Sigmoid extends Function {
    private final Tensor x;
    private final Tensor y;

    private Sigmoid(Tensor x, Tensor y) {
        super(x);
        this.x = x;
        this.y = y;
    }

    /** The activation applied element-wise. */
    public static Tensor apply(Tensor x) {
        Tensor y = Tensor.zeros(x.shape());
        ActivationKernels.sigmoidForward(x.data(), y.data(), 0, y.numel());
        return needsGrad(x) ? new Sigmoid(x, y).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        ActivationKernels.sigmoidBackward(y.data(), g, x.gradOrAllocate(), 0, g.length);
    }
}
