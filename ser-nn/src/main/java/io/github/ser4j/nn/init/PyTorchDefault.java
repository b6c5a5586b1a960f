package io.github.ser4j.nn.init;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.random.RandomGenerator;

/**
 * The initialisation PyTorch gives {@code nn.Linear} and {@code nn.Conv*} in
 * {@code reset_parameters}: {@code kaiming_uniform_(weight, a=sqrt(5))}, which works out to
 * {@code U(-1/sqrt(fanIn), 1/sqrt(fanIn))}, and the bias {@code U(-1/sqrt(fanIn), 1/sqrt(fanIn))}.
 */
public final class PyTorchDefault {
    private PyTorchDefault() {
    }

    /** Initialises {@code weight} and {@code bias} (may be null) in place. */
    public static void linearOrConv(Tensor weight, Tensor bias, RandomGenerator rng) {
        Kaiming.uniform(weight, Math.sqrt(5), true, rng);
        if (bias != null) {
            Fill.uniform(bias, 1.0 / Math.sqrt(Fan.of(weight).in()), rng);
        }
    }
}
