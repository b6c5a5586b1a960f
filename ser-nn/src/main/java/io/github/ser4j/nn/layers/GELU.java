package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.ops.Gelu;
import io.github.ser4j.nn.tensor.Tensor;

/** GELU activation layer, exact erf form as PyTorch's default (see {@link Gelu}). */
public final class GELU extends Module {

    @Override
    public Tensor forward(Tensor input) {
        return Gelu.apply(input);
    }
}
