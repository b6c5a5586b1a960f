package io.github.ser4j.dsp.augment;

import io.github.ser4j.dsp.effects.PitchShift;
import io.github.ser4j.dsp.resample.ResampleType;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Shifts the pitch, not the tempo, by a number of semitones drawn uniformly from
 * {@code [minSemitones, maxSemitones]}, through {@link PitchShift}
 * ({@code librosa.effects.pitch_shift}). The output keeps the input's length. The SER
 * notebooks use {@code pitch_shift(data, sr, n_steps=0.7)}; a range such as
 * {@code [-2, 2]} simulates higher and lower voices.
 *
 * @param minSemitones the lowest shift, finite
 * @param maxSemitones the highest shift, finite, {@code >= minSemitones}
 * @param resampleType the resampler; {@code KAISER_BEST} matches librosa 0.9.2,
 *                     {@code KAISER_FAST} is several times faster and ample for augmentation
 */
public record RandomPitchShift(double minSemitones, double maxSemitones, ResampleType resampleType)
        implements Augmentation {

    /** Validates the fields. */
    public RandomPitchShift {
        Draws.checkRange("minSemitones", minSemitones, "maxSemitones", maxSemitones);
        Objects.requireNonNull(resampleType, "resampleType");
    }

    /** A shift in {@code [minSemitones, maxSemitones]} with librosa 0.9.2's kaiser_best resampler. */
    public RandomPitchShift(double minSemitones, double maxSemitones) {
        this(minSemitones, maxSemitones, ResampleType.KAISER_BEST);
    }

    @Override
    public float[] apply(float[] x, int sampleRate, RandomGenerator rng) {
        Draws.checkInput(x, sampleRate, rng);
        double steps = Draws.uniform(rng, minSemitones, maxSemitones);
        return PitchShift.shift(x, sampleRate, steps, 12, resampleType);
    }
}
