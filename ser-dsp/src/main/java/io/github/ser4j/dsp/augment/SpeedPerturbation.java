package io.github.ser4j.dsp.augment;

import io.github.ser4j.dsp.resample.ResampleType;
import io.github.ser4j.dsp.resample.Resampler;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Plays the utterance faster or slower, changing tempo and pitch together as a tape or
 * record played at the wrong speed does: the {@code sox speed} effect that Kaldi's
 * speed perturbation uses (factors 0.9, 1.0, 1.1 are the classic choice).
 *
 * <p>With a factor {@code f} drawn uniformly from {@code [minFactor, maxFactor]}, the
 * signal is treated as if recorded at {@code f * sampleRate} Hz and resampled to
 * {@code sampleRate}: the output has about {@code n / f} samples and every frequency is
 * multiplied by {@code f}. Unlike {@link RandomTimeStretch} and {@link RandomPitchShift}
 * there is no phase vocoder, so no phasiness: only band-limited interpolation.
 *
 * @param minFactor    the lowest factor, positive and finite
 * @param maxFactor    the highest factor, finite, {@code >= minFactor}
 * @param resampleType the resampler ({@code KAISER_FAST} or {@code KAISER_BEST}; the
 *                     polyphase type truncates rates to integers and is refused here)
 */
public record SpeedPerturbation(double minFactor, double maxFactor, ResampleType resampleType)
        implements Augmentation {

    /** Validates the fields. */
    public SpeedPerturbation {
        Draws.checkRange("minFactor", minFactor, "maxFactor", maxFactor);
        if (!(minFactor > 0)) {
            throw new IllegalArgumentException("minFactor must be positive, got " + minFactor);
        }
        Objects.requireNonNull(resampleType, "resampleType");
        if (resampleType == ResampleType.POLYPHASE) {
            throw new IllegalArgumentException("resampleType must be KAISER_FAST or KAISER_BEST, got POLYPHASE "
                    + "(it truncates the non-integer rate f * sampleRate)");
        }
    }

    /** Factors in {@code [minFactor, maxFactor]} with the kaiser_fast resampler. */
    public SpeedPerturbation(double minFactor, double maxFactor) {
        this(minFactor, maxFactor, ResampleType.KAISER_FAST);
    }

    @Override
    public float[] apply(float[] x, int sampleRate, RandomGenerator rng) {
        Draws.checkInput(x, sampleRate, rng);
        return changeSpeed(x, sampleRate, Draws.uniform(rng, minFactor, maxFactor), resampleType);
    }

    /**
     * Changes speed by {@code factor}: resamples from {@code factor * sampleRate} to
     * {@code sampleRate} Hz.
     *
     * @param x          the signal, not modified
     * @param sampleRate its sample rate in Hz, positive
     * @param factor     the speed factor, positive and finite ({@code > 1}: faster, higher)
     * @param type       the resampler
     * @return a new array of {@code ceil(n * (sampleRate / (factor * sampleRate)))}, about
     *         {@code n / factor}, samples
     */
    public static float[] changeSpeed(float[] x, int sampleRate, double factor, ResampleType type) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(type, "type");
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sampleRate must be positive, got " + sampleRate);
        }
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("factor must be positive and finite, got " + factor);
        }
        return Resampler.standard().resample(x, factor * sampleRate, sampleRate, type);
    }
}
