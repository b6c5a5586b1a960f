package io.github.ser4j.dsp.augment;

import java.util.Objects;
import java.util.random.RandomGenerator;

/** Parameter checks and uniform draws shared by the augmentations. */
final class Draws {

    private Draws() {
    }

    /**
     * A value uniform in {@code [min, max)}; exactly {@code min} when the range is a point.
     * Always consumes one double from the generator, so that a chain's later draws do not
     * depend on whether a range happened to be degenerate.
     */
    static double uniform(RandomGenerator rng, double min, double max) {
        double u = rng.nextDouble();
        return min + (max - min) * u;
    }

    /** Validates a range field pair: both finite, {@code min <= max}. */
    static void checkRange(String minName, double min, String maxName, double max) {
        if (!Double.isFinite(min)) {
            throw new IllegalArgumentException(minName + " must be finite, got " + min);
        }
        if (!Double.isFinite(max)) {
            throw new IllegalArgumentException(maxName + " must be finite, got " + max);
        }
        if (min > max) {
            throw new IllegalArgumentException(minName + " must be <= " + maxName + ", got "
                    + minName + "=" + min + ", " + maxName + "=" + max);
        }
    }

    /** Validates the arguments of {@link Augmentation#apply}. */
    static void checkInput(float[] x, int sampleRate, RandomGenerator rng) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(rng, "rng");
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sampleRate must be positive, got " + sampleRate);
        }
    }
}
