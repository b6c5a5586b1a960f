package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.ActivationKernels;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * GELU in its exact form {@code y = x Phi(x) = 0.5 x (1 + erf(x / sqrt 2))}, PyTorch's default ({@code approximate="none"}). Backward: {@code dx = g (Phi(x) + x phi(x))}.
 */
public final class Gelu extends Function {
    private final Tensor x;
    private final Tensor y;

    private Gelu(Tensor x, Tensor y) {
        super(x);
        this.x = x;
        this.y = y;
    }

    /** The activation applied element-wise. */
    public static Tensor apply(Tensor x) {
        Tensor y = Tensor.zeros(x.shape());
        ActivationKernels.geluForward(x.data(), y.data(), 0, y.numel());
        return needsGrad(x) ? new Gelu(x, y).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        ActivationKernels.geluBackward(x.data(), g, x.gradOrAllocate(), 0, g.length);
    }
}
