package io.github.ser4j.nn.init;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.random.RandomGenerator;

/**
 * Xavier/Glorot initialisation (Glorot and Bengio, 2010): keeps the activation and gradient
 * variance equal across a layer by {@code Var(w) = 2 / (fanIn + fanOut)} (times
 * {@code gain^2}). Keras' default ({@code glorot_uniform}) is {@link #uniform} with gain 1.
 */
public final class Xavier {
    private Xavier() {
    }

    /** {@code U(-b, b)}, {@code b = gain sqrt(6 / (fanIn + fanOut))}, as {@code torch.nn.init.xavier_uniform_}. */
    public static Tensor uniform(Tensor weight, double gain, RandomGenerator rng) {
        Fan f = Fan.of(weight);
        return Fill.uniform(weight, gain * Math.sqrt(6.0 / (f.in() + f.out())), rng);
    }

    /** {@code N(0, s^2)}, {@code s = gain sqrt(2 / (fanIn + fanOut))}, as {@code xavier_normal_}. */
    public static Tensor normal(Tensor weight, double gain, RandomGenerator rng) {
        Fan f = Fan.of(weight);
        return Fill.normal(weight, gain * Math.sqrt(2.0 / (f.in() + f.out())), rng);
    }
}
