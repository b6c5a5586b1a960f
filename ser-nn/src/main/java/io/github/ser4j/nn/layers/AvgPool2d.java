package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.ops.AvgPooling2d;
import io.github.ser4j.nn.ops.SlidingWindow;
import io.github.ser4j.nn.tensor.Tensor;

/** 2-D average pooling over {@code [batch, channels, height, width]}, as {@code nn.AvgPool2d}. */
public final class AvgPool2d extends Module {
    private final SlidingWindow rows;
    private final SlidingWindow cols;
    private final boolean countIncludePad;

    /** Pooling with the given height/width geometry. */
    public AvgPool2d(SlidingWindow rows, SlidingWindow cols, boolean countIncludePad) {
        this.rows = rows;
        this.cols = cols;
        this.countIncludePad = countIncludePad;
    }

    /** PyTorch's {@code AvgPool2d(kernel)}. */
    public AvgPool2d(int kernel) {
        this(SlidingWindow.of(kernel, kernel, 0, 1), SlidingWindow.of(kernel, kernel, 0, 1), true);
    }

    @Override
    public Tensor forward(Tensor input) {
        return AvgPooling2d.apply(input, rows, cols, countIncludePad);
    }
}
