package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.tensor.Tensor;

/** Softmax over one axis (see {@link io.github.ser4j.nn.ops.Softmax}). */
public final class Softmax extends Module {
    private final int axis;

    /** Softmax over {@code axis} (negative counts from the end). */
    public Softmax(int axis) {
        this.axis = axis;
    }

    @Override
    public Tensor forward(Tensor input) {
        return io.github.ser4j.nn.ops.Softmax.apply(input, axis);
    }
}
