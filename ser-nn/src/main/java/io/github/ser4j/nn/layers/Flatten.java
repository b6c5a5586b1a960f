package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.tensor.Tensor;

/** {@code [batch, ...]} to {@code [batch, features]}, as {@code nn.Flatten()} (a view, no copy). */
public final class Flatten extends Module {
    @Override
    public Tensor forward(Tensor input) {
        return input.reshape(input.dim(0), -1);
    }
}
