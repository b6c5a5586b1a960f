package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.tensor.Tensor;

/**
 * Mean over a set of axes ({@code null} or empty: all): the {@link Sum} divided by the
 * number of elements summed, recorded as a sum followed by a {@link Scale}.
 */
public final class Mean {
    private Mean() {
    }

    /** Mean of {@code x} over {@code axes} (negative axes count from the end). */
    public static Tensor apply(Tensor x, int[] axes, boolean keepDim) {
        boolean[] reduced = Sum.reducedAxes("mean", x.rank(), axes);
        long count = 1;
        for (int i = 0; i < reduced.length; i++) {
            if (reduced[i]) {
                count *= x.dim(i);
            }
        }
        return Scale.apply(Sum.apply(x, axes, keepDim), count == 0 ? Float.NaN : (float) (1.0 / count));
    }
}
