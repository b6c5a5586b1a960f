package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.ops.AvgPooling1d;
import io.github.ser4j.nn.ops.SlidingWindow;
import io.github.ser4j.nn.tensor.Tensor;

/** 1-D average pooling over {@code [batch, channels, time]}, as {@code nn.AvgPool1d}. */
public final class AvgPool1d extends Module {
    private final SlidingWindow window;
    private final boolean countIncludePad;

    /** Pooling with the given geometry; {@code countIncludePad} as PyTorch's (default true; Keras 'same' is false). */
    public AvgPool1d(SlidingWindow window, boolean countIncludePad) {
        this.window = window;
        this.countIncludePad = countIncludePad;
    }

    /** PyTorch's {@code AvgPool1d(kernel, stride)}. */
    public AvgPool1d(int kernel, int stride) {
        this(SlidingWindow.of(kernel, stride, 0, 1), true);
    }

    @Override
    public Tensor forward(Tensor input) {
        return AvgPooling1d.apply(input, window, countIncludePad);
    }
}
