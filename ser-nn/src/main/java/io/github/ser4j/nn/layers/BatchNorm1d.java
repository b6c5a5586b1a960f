package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/** Batch normalisation over {@code [batch, channels] or [batch, channels, time]}, as {@code nn.BatchNorm1d}; see {@link BatchNorm}. */
public final class BatchNorm1d extends BatchNorm {
    /** PyTorch defaults: momentum 0.1, eps 1e-5. */
    public BatchNorm1d(int channels) {
        this(channels, 0.1f, 1e-5f);
    }

    /** With explicit momentum and eps. */
    public BatchNorm1d(int channels, float momentum, float eps) {
        super(channels, momentum, eps);
    }

    @Override
    void checkInput(Tensor input) {
        if (input.rank() != 2 && input.rank() != 3) {
            throw new IllegalArgumentException("BatchNorm1d: input " + Arrays.toString(input.shape())
                    + " must be [batch, channels] or [batch, channels, time]");
        }
        if (input.dim(1) != channels()) {
            throw new IllegalArgumentException("BatchNorm1d: input " + Arrays.toString(input.shape())
                    + " has " + input.dim(1) + " channels at axis 1, layer has " + channels());
        }
    }
}
