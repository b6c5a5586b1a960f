package io.github.ser4j.nn.ops;

/**
 * The geometry of a convolution or pooling window along one axis.
 *
 * <p>Output {@code o} reads input positions {@code o * stride - padBefore + k * dilation},
 * {@code k = 0..kernel-1}, so {@code out = floor((in + padBefore + padAfter - dilation (kernel-1) - 1) / stride) + 1}.
 * Two padding modes:
 * <ul>
 *   <li>explicit ({@code same = false}): {@code padding} on both sides, as PyTorch's
 *   {@code padding=p};</li>
 *   <li>'same' ({@code same = true}): TensorFlow/Keras {@code padding='same'}: the output
 *   has {@code ceil(in / stride)} positions and the total padding
 *   {@code max((out - 1) stride + dilation (kernel - 1) + 1 - in, 0)} is split with the odd
 *   one at the end. For stride 1 this is also PyTorch's {@code padding='same'}.</li>
 * </ul>
 *
 * @param kernel   window size, at least 1
 * @param stride   step between windows, at least 1
 * @param padding  padding on each side in explicit mode (0 in 'same' mode)
 * @param dilation spacing of the window taps, at least 1
 * @param same     whether to pad TensorFlow-'same' style
 */
public record SlidingWindow(int kernel, int stride, int padding, int dilation, boolean same) {
    /** Validates every field. */
    public SlidingWindow {
        if (kernel < 1) {
            throw new IllegalArgumentException("kernel must be >= 1, got " + kernel);
        }
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be >= 1, got " + stride);
        }
        if (padding < 0) {
            throw new IllegalArgumentException("padding must be >= 0, got " + padding);
        }
        if (dilation < 1) {
            throw new IllegalArgumentException("dilation must be >= 1, got " + dilation);
        }
        if (same && padding != 0) {
            throw new IllegalArgumentException("padding must be 0 in 'same' mode, got " + padding);
        }
    }

    /** Explicit symmetric padding (PyTorch style). */
    public static SlidingWindow of(int kernel, int stride, int padding, int dilation) {
        return new SlidingWindow(kernel, stride, padding, dilation, false);
    }

    /** TensorFlow/Keras 'same' padding. */
    public static SlidingWindow same(int kernel, int stride, int dilation) {
        return new SlidingWindow(kernel, stride, 0, dilation, true);
    }

    private int span() {
        return dilation * (kernel - 1) + 1;
    }

    private int totalSamePadding(int in) {
        int out = (in + stride - 1) / stride;
        return Math.max((out - 1) * stride + span() - in, 0);
    }

    /** Padding before the first input position for an input of length {@code in}. */
    public int padBefore(int in) {
        return same ? totalSamePadding(in) / 2 : padding;
    }

    /** Padding after the last input position. */
    public int padAfter(int in) {
        return same ? totalSamePadding(in) - totalSamePadding(in) / 2 : padding;
    }

    /** Number of output positions, or an error naming {@code op} when the window does not fit. */
    public int outputLength(String op, int in) {
        long padded = (long) in + padBefore(in) + padAfter(in);
        if (padded < span()) {
            throw new IllegalArgumentException(op + ": input length " + in + " (padded " + padded
                    + ") is shorter than the window span " + span() + " of " + this);
        }
        return (int) ((padded - span()) / stride + 1);
    }
}
