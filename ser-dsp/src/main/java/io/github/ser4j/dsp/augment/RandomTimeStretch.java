package io.github.ser4j.dsp.augment;

import io.github.ser4j.dsp.effects.TimeStretch;
import java.util.random.RandomGenerator;

/**
 * Changes the tempo, not the pitch, by a rate drawn uniformly from
 * {@code [minRate, maxRate]}, through {@link TimeStretch} ({@code librosa.effects.time_stretch}
 * with n_fft 2048, hop 512). The output has {@code round(n / rate)} samples. The SER
 * notebooks use {@code time_stretch(data, rate=0.8)}; a range such as {@code [0.8, 1.25]}
 * gives a different tempo each time.
 *
 * @param minRate the lowest rate, positive and finite
 * @param maxRate the highest rate, finite, {@code >= minRate}
 */
public record RandomTimeStretch(double minRate, double maxRate) implements Augmentation {

    /** Validates the range. */
    public RandomTimeStretch {
        Draws.checkRange("minRate", minRate, "maxRate", maxRate);
        if (!(minRate > 0)) {
            throw new IllegalArgumentException("minRate must be positive, got " + minRate);
        }
    }

    @Override
    public float[] apply(float[] x, int sampleRate, RandomGenerator rng) {
        Draws.checkInput(x, sampleRate, rng);
        return TimeStretch.stretch(x, Draws.uniform(rng, minRate, maxRate));
    }
}
