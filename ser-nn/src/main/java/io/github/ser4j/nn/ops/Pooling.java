package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/** Shape checks shared by the pooling ops. */
final class Pooling {
    private Pooling() {
    }

    static void check1d(String op, Tensor x, SlidingWindow window) {
        if (x.rank() != 3) {
            throw new IllegalArgumentException(op + ": input " + Arrays.toString(x.shape())
                    + " must be [batch, channels, time]");
        }
        checkWindow(op, window);
    }

    static void check2d(String op, Tensor x, SlidingWindow rows, SlidingWindow cols) {
        if (x.rank() != 4) {
            throw new IllegalArgumentException(op + ": input " + Arrays.toString(x.shape())
                    + " must be [batch, channels, height, width]");
        }
        checkWindow(op, rows);
        checkWindow(op, cols);
    }

    private static void checkWindow(String op, SlidingWindow window) {
        if (window.dilation() != 1) {
            throw new IllegalArgumentException(op + ": dilation must be 1, got " + window.dilation());
        }
        if (window.padding() > window.kernel() / 2) {
            // PyTorch's rule: otherwise a window could lie entirely in the padding
            throw new IllegalArgumentException(op + ": padding " + window.padding() + " exceeds half the kernel "
                    + window.kernel());
        }
    }
}
