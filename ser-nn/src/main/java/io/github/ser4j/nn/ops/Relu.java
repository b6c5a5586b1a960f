package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.ActivationKernels;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * ReLU, {@code y = max(x, 0)}. Backward: {@code dx = g} where {@code x > 0}, else 0.
 */
public final class Relu extends Function {
    private final Tensor x;
    private final Tensor y;

    private Relu(Tensor x, Tensor y) {
        super(x);
        this.x = x;
        this.y = y;
    }

    /** The activation applied element-wise. */
    public static Tensor apply(Tensor x) {
        Tensor y = Tensor.zeros(x.shape());
        ActivationKernels.reluForward(x.data(), y.data(), 0, y.numel());
        return needsGrad(x) ? new Relu(x, y).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        ActivationKernels.reluBackward(x.data(), g, x.gradOrAllocate(), 0, g.length);
    }
}
