package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.ops.MaxPooling2d;
import io.github.ser4j.nn.ops.SlidingWindow;
import io.github.ser4j.nn.tensor.Tensor;

/** 2-D max pooling over {@code [batch, channels, height, width]}, as {@code nn.MaxPool2d}. */
public final class MaxPool2d extends Module {
    private final SlidingWindow rows;
    private final SlidingWindow cols;

    /** Pooling with the given height and width geometry. */
    public MaxPool2d(SlidingWindow rows, SlidingWindow cols) {
        this.rows = rows;
        this.cols = cols;
    }

    /** PyTorch's {@code MaxPool2d(kernel)}: square, stride = kernel, no padding. */
    public MaxPool2d(int kernel) {
        this(SlidingWindow.of(kernel, kernel, 0, 1), SlidingWindow.of(kernel, kernel, 0, 1));
    }

    @Override
    public Tensor forward(Tensor input) {
        return MaxPooling2d.apply(input, rows, cols);
    }
}
