package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.ops.InvertedDropout;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.random.RandomGenerator;

/**
 * Dropout, as {@code nn.Dropout(p)}: in training each element is zeroed with probability
 * {@code p} and the rest scaled by {@code 1/(1-p)}; in evaluation the identity. Masks come
 * from the generator given here, so a fixed seed gives a fixed sequence of masks.
 */
public final class Dropout extends Module {
    private final float p;
    private final RandomGenerator rng;

    /** Drops with probability {@code p} in {@code [0, 1)}. */
    public Dropout(float p, RandomGenerator rng) {
        if (!(p >= 0f && p < 1f)) {
            throw new IllegalArgumentException("p must be in [0, 1), got " + p);
        }
        this.p = p;
        this.rng = rng;
    }

    @Override
    public Tensor forward(Tensor input) {
        if (!isTraining() || p == 0f) {
            return input;
        }
        return InvertedDropout.apply(input, p, rng);
    }
}
