package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.init.PyTorchDefault;
import io.github.ser4j.nn.ops.Convolution2d;
import io.github.ser4j.nn.ops.SlidingWindow;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.random.RandomGenerator;

/**
 * 2-D convolution layer, as {@code nn.Conv2d}: input {@code [batch, in, height, width]},
 * parameters {@code weight [out, in, kh, kw]} and {@code bias [out]}, PyTorch's default
 * init; one {@link SlidingWindow} per spatial axis.
 */
public final class Conv2d extends Module {
    private final Tensor weight;
    private final Tensor bias;
    private final SlidingWindow rows;
    private final SlidingWindow cols;

    /** A convolution from {@code in} to {@code out} channels; {@code rows}/{@code cols}: height/width geometry. */
    public Conv2d(int in, int out, SlidingWindow rows, SlidingWindow cols, boolean bias, RandomGenerator rng) {
        this.rows = rows;
        this.cols = cols;
        this.weight = registerParameter("weight", Tensor.zeros(out, in, rows.kernel(), cols.kernel()));
        this.bias = bias ? registerParameter("bias", Tensor.zeros(out)) : null;
        PyTorchDefault.linearOrConv(weight, this.bias, rng);
    }

    /** Square kernel, same stride and padding on both axes, no dilation, with bias. */
    public Conv2d(int in, int out, int kernel, int stride, int padding, RandomGenerator rng) {
        this(in, out, SlidingWindow.of(kernel, stride, padding, 1), SlidingWindow.of(kernel, stride, padding, 1),
                true, rng);
    }

    @Override
    public Tensor forward(Tensor input) {
        return Convolution2d.apply(input, weight, bias, rows, cols);
    }

    /** The weight {@code [out, in, kh, kw]}. */
    public Tensor weight() {
        return weight;
    }

    /** The bias {@code [out]}, or null. */
    public Tensor bias() {
        return bias;
    }
}
