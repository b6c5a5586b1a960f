package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.init.PyTorchDefault;
import io.github.ser4j.nn.ops.LinearTransform;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.random.RandomGenerator;

/**
 * Fully connected layer {@code y = x W^T + b}, as {@code nn.Linear}: {@code x [..., in]},
 * parameters {@code weight [out, in]} and {@code bias [out]}, PyTorch's default init.
 */
public final class Linear extends Module {
    private final Tensor weight;
    private final Tensor bias;

    /** A layer mapping {@code in} features to {@code out}, with or without bias. */
    public Linear(int in, int out, boolean bias, RandomGenerator rng) {
        this.weight = registerParameter("weight", Tensor.zeros(out, in));
        this.bias = bias ? registerParameter("bias", Tensor.zeros(out)) : null;
        PyTorchDefault.linearOrConv(weight, this.bias, rng);
    }

    /** With bias. */
    public Linear(int in, int out, RandomGenerator rng) {
        this(in, out, true, rng);
    }

    @Override
    public Tensor forward(Tensor input) {
        return LinearTransform.apply(input, weight, bias);
    }

    /** The weight {@code [out, in]}. */
    public Tensor weight() {
        return weight;
    }

    /** The bias {@code [out]}, or null. */
    public Tensor bias() {
        return bias;
    }
}
