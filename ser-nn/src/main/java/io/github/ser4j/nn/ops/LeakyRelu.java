package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.ActivationKernels;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * Leaky ReLU, {@code y = x > 0 ? x : slope x} (PyTorch default slope 0.01). Backward: {@code dx = g} or {@code slope g}.
 */
public final class LeakyRelu extends Function {
    private final Tensor x;
    private final Tensor y;
    private final float slope;

    private LeakyRelu(Tensor x, Tensor y, float slope) {
        super(x);
        this.x = x;
        this.y = y;
        this.slope = slope;
    }

    /** The activation applied element-wise. */
    public static Tensor apply(Tensor x, float slope) {
        Tensor y = Tensor.zeros(x.shape());
        ActivationKernels.leakyReluForward(x.data(), y.data(), slope, 0, y.numel());
        return needsGrad(x) ? new LeakyRelu(x, y, slope).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        ActivationKernels.leakyReluBackward(x.data(), g, x.gradOrAllocate(), slope, 0, g.length);
    }
}
