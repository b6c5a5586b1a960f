package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * Turns convolutional feature maps {@code [B, C, H, W]} (H: frequency, W: time) into a
 * batch-first sequence {@code [B, W, C·H]} for a recurrent layer: step {@code t} holds every
 * channel's values over all frequency rows at time column {@code t}. This is a permute to
 * {@code [B, W, C, H]} followed by a reshape, so gradients flow through it.
 */
final class TimeSteps {
    private TimeSteps() {
    }

    /** {@code [B, C, H, W]} to {@code [B, W, C*H]}. */
    static Tensor fromMaps(Tensor maps) {
        if (maps.rank() != 4) {
            throw new IllegalArgumentException("feature maps must be [batch, channels, height, width], got "
                    + Arrays.toString(maps.shape()));
        }
        int b = maps.dim(0);
        int c = maps.dim(1);
        int h = maps.dim(2);
        int w = maps.dim(3);
        return maps.permute(0, 3, 1, 2).reshape(b, w, c * h);
    }
}
