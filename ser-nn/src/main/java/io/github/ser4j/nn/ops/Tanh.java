package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.ActivationKernels;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * Hyperbolic tangent. Backward uses the saved output: {@code dx = g (1 - y^2)}.
 */
public final class Tanh extends Function {
    private final Tensor x;
    private final Tensor y;

    private Tanh(Tensor x, Tensor y) {
        super(x);
        this.x = x;
        this.y = y;
    }

    /** The activation applied element-wise. */
    public static Tensor apply(Tensor x) {
        Tensor y = Tensor.zeros(x.shape());
        ActivationKernels.tanhForward(x.data(), y.data(), 0, y.numel());
        return needsGrad(x) ? new Tanh(x, y).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        ActivationKernels.tanhBackward(y.data(), g, x.gradOrAllocate(), 0, g.length);
    }
}
