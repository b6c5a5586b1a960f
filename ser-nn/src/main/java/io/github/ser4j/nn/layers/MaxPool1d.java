package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.ops.MaxPooling1d;
import io.github.ser4j.nn.ops.SlidingWindow;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * 1-D max pooling over {@code [batch, channels, time]}: {@code new MaxPool1d(SlidingWindow.of(5, 2, 2, 1))}
 * is PyTorch's {@code MaxPool1d(5, 2, padding=2)}; {@code new MaxPool1d(SlidingWindow.same(5, 2, 1))}
 * is Keras' {@code MaxPool1D(5, strides=2, padding='same')}.
 */
public final class MaxPool1d extends Module {
    private final SlidingWindow window;

    /** Pooling with the given window geometry. */
    public MaxPool1d(SlidingWindow window) {
        this.window = window;
    }

    /** PyTorch's {@code MaxPool1d(kernel)}: stride = kernel, no padding. */
    public MaxPool1d(int kernel) {
        this(SlidingWindow.of(kernel, kernel, 0, 1));
    }

    @Override
    public Tensor forward(Tensor input) {
        return MaxPooling1d.apply(input, window);
    }
}
