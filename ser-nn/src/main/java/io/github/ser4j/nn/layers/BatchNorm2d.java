package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/** Batch normalisation over {@code [batch, channels, height, width]}, as {@code nn.BatchNorm2d}; see {@link BatchNorm}. */
public final class BatchNorm2d extends BatchNorm {
    /** PyTorch defaults: momentum 0.1, eps 1e-5. */
    public BatchNorm2d(int channels) {
        this(channels, 0.1f, 1e-5f);
    }

    /** With explicit momentum and eps. */
    public BatchNorm2d(int channels, float momentum, float eps) {
        super(channels, momentum, eps);
    }

    @Override
    void checkInput(Tensor input) {
        if (input.rank() != 4) {
            throw new IllegalArgumentException("BatchNorm2d: input " + Arrays.toString(input.shape())
                    + " must be [batch, channels, height, width]");
        }
        if (input.dim(1) != channels()) {
            throw new IllegalArgumentException("BatchNorm2d: input " + Arrays.toString(input.shape())
                    + " has " + input.dim(1) + " channels at axis 1, layer has " + channels());
        }
    }
}
