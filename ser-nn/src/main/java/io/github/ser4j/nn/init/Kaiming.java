package io.github.ser4j.nn.init;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.random.RandomGenerator;

/**
 * He/Kaiming initialisation (He et al., 2015) for rectifier networks: a ReLU zeroes half
 * of its inputs, so the variance is doubled to compensate, {@code Var(w) = gain^2 / fan}
 * with the leaky-ReLU gain {@code sqrt(2 / (1 + a^2))} ({@code a = 0}: plain ReLU). As
 * {@code torch.nn.init.kaiming_uniform_/kaiming_normal_} with {@code nonlinearity='leaky_relu'}.
 */
public final class Kaiming {
    private Kaiming() {
    }

    /** The leaky-ReLU gain {@code sqrt(2 / (1 + a^2))}. */
    public static double gain(double a) {
        return Math.sqrt(2.0 / (1 + a * a));
    }

    private static int fan(Tensor weight, boolean fanIn) {
        Fan f = Fan.of(weight);
        return fanIn ? f.in() : f.out();
    }

    /** {@code U(-b, b)}, {@code b = gain(a) sqrt(3 / fan)}; {@code fanIn} chooses mode 'fan_in' or 'fan_out'. */
    public static Tensor uniform(Tensor weight, double a, boolean fanIn, RandomGenerator rng) {
        return Fill.uniform(weight, gain(a) * Math.sqrt(3.0 / fan(weight, fanIn)), rng);
    }

    /** {@code N(0, s^2)}, {@code s = gain(a) / sqrt(fan)}. */
    public static Tensor normal(Tensor weight, double a, boolean fanIn, RandomGenerator rng) {
        return Fill.normal(weight, gain(a) / Math.sqrt(fan(weight, fanIn)), rng);
    }
}
