package io.github.ser4j.dsp.augment;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Scales the signal by a gain drawn uniformly in decibels from {@code [minDb, maxDb]}:
 * {@code y = x * 10^(dB / 20)}. Simulates speakers nearer to or farther from the
 * microphone. The result is not clipped: samples may leave {@code [-1, 1]}, as float
 * audio allows.
 *
 * @param minDb the lowest gain in dB, finite
 * @param maxDb the highest gain in dB, finite, {@code >= minDb}
 */
public record Gain(double minDb, double maxDb) implements Augmentation {

    /** Validates the range. */
    public Gain {
        Draws.checkRange("minDb", minDb, "maxDb", maxDb);
    }

    @Override
    public float[] apply(float[] x, int sampleRate, RandomGenerator rng) {
        Draws.checkInput(x, sampleRate, rng);
        return scale(x, Draws.uniform(rng, minDb, maxDb));
    }

    /**
     * Multiplies by {@code 10^(db / 20)}.
     *
     * @param x  the signal, not modified
     * @param db the gain in dB, finite
     * @return a new array
     */
    public static float[] scale(float[] x, double db) {
        Objects.requireNonNull(x, "x");
        if (!Double.isFinite(db)) {
            throw new IllegalArgumentException("db must be finite, got " + db);
        }
        double g = Math.pow(10, db / 20);
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) (x[i] * g);
        }
        return y;
    }
}
