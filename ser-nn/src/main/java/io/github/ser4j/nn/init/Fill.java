package io.github.ser4j.nn.init;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.random.RandomGenerator;

/** The two distributions every initialiser draws from, filled in row-major order. */
public final class Fill {
    private Fill() {
    }

    /** Fills {@code t} with samples of {@code U(-bound, bound)}; returns t. */
    public static Tensor uniform(Tensor t, double bound, RandomGenerator rng) {
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) (bound * (2 * rng.nextDouble() - 1));
        }
        return t;
    }

    /** Fills {@code t} with samples of {@code N(0, std^2)}; returns t. */
    public static Tensor normal(Tensor t, double std, RandomGenerator rng) {
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) (std * rng.nextGaussian());
        }
        return t;
    }
}
