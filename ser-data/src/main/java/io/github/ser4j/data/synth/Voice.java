package io.github.ser4j.data.synth;

import io.github.ser4j.data.corpus.Gender;
import java.util.random.RandomGenerator;

/**
 * A synthetic speaker: what stays the same across all their utterances.
 *
 * <p>Adult male voices have a mean F0 around 100-130 Hz and female voices around
 * 190-230 Hz; female vocal tracts are about 15 % shorter, which scales all formant
 * frequencies up by about as much (formant frequency is inversely proportional to
 * vocal-tract length for a tube closed at the glottis).
 *
 * @param gender         the speaker's gender
 * @param f0             neutral mean F0, Hz
 * @param formantScale   formant frequency multiplier (vocal-tract length), around 1 (male) or 1.16 (female)
 * @param levelDb        personal loudness offset, dB
 * @param rateFactor     personal speaking-rate multiplier
 * @param tiltOffset     personal voice-quality offset added to the spectral tilt
 * @param expressiveness how far this speaker moves away from neutral when acting (1 = typical)
 */
public record Voice(Gender gender, double f0, double formantScale, double levelDb, double rateFactor,
                    double tiltOffset, double expressiveness) {

    /** Validates the fields. */
    public Voice {
        if (gender == null || gender == Gender.UNKNOWN) {
            throw new IllegalArgumentException("gender must be FEMALE or MALE, got " + gender);
        }
        if (!(f0 >= 50 && f0 <= 400)) {
            throw new IllegalArgumentException("f0 must be in [50, 400] Hz, got " + f0);
        }
        if (!(formantScale >= 0.7 && formantScale <= 1.5)) {
            throw new IllegalArgumentException("formantScale must be in [0.7, 1.5], got " + formantScale);
        }
        if (!(rateFactor >= 0.5 && rateFactor <= 2)) {
            throw new IllegalArgumentException("rateFactor must be in [0.5, 2], got " + rateFactor);
        }
        if (!(expressiveness >= 0.2 && expressiveness <= 2)) {
            throw new IllegalArgumentException("expressiveness must be in [0.2, 2], got " + expressiveness);
        }
        if (!Double.isFinite(levelDb) || !Double.isFinite(tiltOffset)) {
            throw new IllegalArgumentException("levelDb and tiltOffset must be finite, got " + levelDb + ", " + tiltOffset);
        }
    }

    /** A random speaker of the given gender. */
    public static Voice random(Gender gender, RandomGenerator rng) {
        boolean male = gender == Gender.MALE;
        double f0 = male ? 118 + 16 * rng.nextGaussian() : 212 + 22 * rng.nextGaussian();
        double scale = (male ? 1.0 : 1.16) * Math.exp(0.035 * rng.nextGaussian());
        return new Voice(gender,
                Math.max(75, Math.min(male ? 170 : 300, f0)),
                Math.max(0.85, Math.min(1.35, scale)),
                2.0 * rng.nextGaussian(),
                Math.max(0.75, Math.min(1.3, Math.exp(0.08 * rng.nextGaussian()))),
                Math.max(-0.12, Math.min(0.12, 0.05 * rng.nextGaussian())),
                Math.max(0.55, Math.min(1.4, 0.95 + 0.2 * rng.nextGaussian())));
    }
}
