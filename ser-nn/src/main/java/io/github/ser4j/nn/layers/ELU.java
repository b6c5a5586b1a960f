package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.ops.Elu;
import io.github.ser4j.nn.tensor.Tensor;

/** ELU layer, {@code x > 0 ? x : alpha (e^x - 1)} (see {@link Elu}). */
public final class ELU extends Module {
    private final float alpha;

    /** PyTorch's default alpha 1. */
    public ELU() {
        this(1f);
    }

    /** With the given alpha. */
    public ELU(float alpha) {
        this.alpha = alpha;
    }

    @Override
    public Tensor forward(Tensor input) {
        return Elu.apply(input, alpha);
    }
}
