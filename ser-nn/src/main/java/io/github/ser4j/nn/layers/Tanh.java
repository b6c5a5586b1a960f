package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.tensor.Tensor;

/** Hyperbolic tangent layer (see {@link io.github.ser4j.nn.ops.Tanh}). */
public final class Tanh extends Module {

    @Override
    public Tensor forward(Tensor input) {
        return io.github.ser4j.nn.ops.Tanh.apply(input);
    }
}
