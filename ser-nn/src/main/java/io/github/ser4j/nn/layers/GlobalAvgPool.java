package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * Global average pooling: {@code [batch, channels, ...]} to {@code [batch, channels]} by
 * averaging every spatial axis (Keras' {@code GlobalAveragePooling1D/2D}, PyTorch's
 * {@code AdaptiveAvgPool(1)} followed by flatten).
 */
public final class GlobalAvgPool extends Module {
    @Override
    public Tensor forward(Tensor input) {
        if (input.rank() < 3) {
            throw new IllegalArgumentException("global_avg_pool: input " + Arrays.toString(input.shape())
                    + " must be [batch, channels, ...]");
        }
        int[] axes = new int[input.rank() - 2];
        for (int i = 0; i < axes.length; i++) {
            axes[i] = i + 2;
        }
        return input.mean(false, axes);
    }
}
