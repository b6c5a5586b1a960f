package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.ActivationKernels;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * ELU, {@code y = x > 0 ? x : alpha (e^x - 1)} (PyTorch default alpha 1). Backward: {@code dx = g} or {@code g (y + alpha)}.
 */
public final class Elu extends Function {
    private final Tensor x;
    private final Tensor y;
    private final float alpha;

    private Elu(Tensor x, Tensor y, float alpha) {
        super(x);
        this.x = x;
        this.y = y;
        this.alpha = alpha;
    }

    /** The activation applied element-wise. */
    public static Tensor apply(Tensor x, float alpha) {
        Tensor y = Tensor.zeros(x.shape());
        ActivationKernels.eluForward(x.data(), y.data(), alpha, 0, y.numel());
        return needsGrad(x) ? new Elu(x, y, alpha).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        ActivationKernels.eluBackward(x.data(), y.data(), g, x.gradOrAllocate(), alpha, 0, g.length);
    }
}
