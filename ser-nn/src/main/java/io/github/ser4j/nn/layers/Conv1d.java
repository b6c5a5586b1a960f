package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.init.PyTorchDefault;
import io.github.ser4j.nn.ops.Convolution1d;
import io.github.ser4j.nn.ops.SlidingWindow;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.random.RandomGenerator;

/**
 * 1-D convolution layer, as {@code nn.Conv1d}: input {@code [batch, in, time]}, parameters
 * {@code weight [out, in, kernel]} and {@code bias [out]}, PyTorch's default init. Padding
 * is explicit ({@link SlidingWindow#of}) or 'same' ({@link SlidingWindow#same}, Keras'
 * {@code Conv1D(padding='same')}).
 */
public final class Conv1d extends Module {
    private final Tensor weight;
    private final Tensor bias;
    private final SlidingWindow window;

    /** A convolution from {@code in} to {@code out} channels over {@code window}. */
    public Conv1d(int in, int out, SlidingWindow window, boolean bias, RandomGenerator rng) {
        this.window = window;
        this.weight = registerParameter("weight", Tensor.zeros(out, in, window.kernel()));
        this.bias = bias ? registerParameter("bias", Tensor.zeros(out)) : null;
        PyTorchDefault.linearOrConv(weight, this.bias, rng);
    }

    /** Stride 1, no padding, with bias. */
    public Conv1d(int in, int out, int kernel, RandomGenerator rng) {
        this(in, out, SlidingWindow.of(kernel, 1, 0, 1), true, rng);
    }

    @Override
    public Tensor forward(Tensor input) {
        return Convolution1d.apply(input, weight, bias, window);
    }

    /** The weight {@code [out, in, kernel]}. */
    public Tensor weight() {
        return weight;
    }

    /** The bias {@code [out]}, or null. */
    public Tensor bias() {
        return bias;
    }
}
