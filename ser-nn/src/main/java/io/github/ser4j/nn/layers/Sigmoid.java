package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.tensor.Tensor;

/** Logistic sigmoid layer (see {@link io.github.ser4j.nn.ops.Sigmoid}). */
public final class Sigmoid extends Module {

    @Override
    public Tensor forward(Tensor input) {
        return io.github.ser4j.nn.ops.Sigmoid.apply(input);
    }
}
