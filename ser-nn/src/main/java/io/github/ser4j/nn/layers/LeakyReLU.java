package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.ops.LeakyRelu;
import io.github.ser4j.nn.tensor.Tensor;

/** Leaky ReLU layer, {@code x > 0 ? x : slope x} (see {@link LeakyRelu}). */
public final class LeakyReLU extends Module {
    private final float slope;

    /** PyTorch's default slope 0.01. */
    public LeakyReLU() {
        this(0.01f);
    }

    /** With the given negative slope. */
    public LeakyReLU(float slope) {
        this.slope = slope;
    }

    @Override
    public Tensor forward(Tensor input) {
        return LeakyRelu.apply(input, slope);
    }
}
