package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.ops.Relu;
import io.github.ser4j.nn.tensor.Tensor;

/** ReLU activation layer, {@code max(x, 0)} (see {@link Relu}). */
public final class ReLU extends Module {

    @Override
    public Tensor forward(Tensor input) {
        return Relu.apply(input);
    }
}
