package io.github.ser4j.data.synth;

import io.github.ser4j.data.emotion.Emotion;
import java.util.random.RandomGenerator;

/**
 * How an emotion changes a voice: the prosodic and voice-quality parameters of the
 * synthesiser, set from the acoustic correlates reported in the literature (Murray &amp;
 * Arnott 1993; Banse &amp; Scherer 1996; Scherer 2003; Juslin &amp; Laukka 2003).
 *
 * <table>
 *   <caption>Direction of each correlate relative to neutral</caption>
 *   <tr><th>emotion</th><th>F0 mean</th><th>F0 range</th><th>intensity</th><th>rate</th><th>voice quality</th></tr>
 *   <tr><td>angry</td><td>up</td><td>up</td><td>up up</td><td>up</td><td>tense: flat spectral tilt, short open phase</td></tr>
 *   <tr><td>happy</td><td>up</td><td>up up</td><td>up</td><td>up</td><td>many accents</td></tr>
 *   <tr><td>fearful</td><td>up up</td><td>up</td><td>~</td><td>up up</td><td>jitter, irregular F0</td></tr>
 *   <tr><td>surprised</td><td>up</td><td>up up</td><td>up</td><td>~</td><td>final rise</td></tr>
 *   <tr><td>sad</td><td>down</td><td>down</td><td>down</td><td>down</td><td>breathy, steep tilt</td></tr>
 *   <tr><td>disgust</td><td>down</td><td>~</td><td>down</td><td>down down</td><td>creaky</td></tr>
 *   <tr><td>boredom</td><td>down</td><td>down down</td><td>down</td><td>down</td><td>monotone</td></tr>
 *   <tr><td>calm</td><td>down</td><td>down</td><td>down</td><td>down</td><td>soft, slightly breathy</td></tr>
 * </table>
 *
 * @param f0Scale       mean F0 relative to the speaker's neutral F0
 * @param rangeSemitones size of pitch movements, semitones
 * @param levelDb       intensity relative to neutral, dB
 * @param rate          syllables per second
 * @param tilt          spectral tilt, the pole of a one-pole low-pass on the glottal
 *                      source in [0, 0.95): higher is steeper (less high-frequency energy)
 * @param openQuotient  open phase of the glottal cycle as a share of the period, (0.2, 0.95)
 * @param jitter        relative standard deviation of the period from cycle to cycle
 * @param shimmer       relative standard deviation of the amplitude from cycle to cycle
 * @param breathiness   aspiration noise level relative to the voiced excitation
 * @param creak         probability scale of creaky (subharmonic) cycles
 * @param irregularity  slow random F0 fluctuation, in units of the range
 * @param articulation  vowel formant spread around the neutral vowel (1 = normal)
 * @param contour       the shape of the pitch contour
 */
public record EmotionProfile(double f0Scale, double rangeSemitones, double levelDb, double rate, double tilt,
                             double openQuotient, double jitter, double shimmer, double breathiness,
                             double creak, double irregularity, double articulation, Contour contour) {

    /** Validates every field's range. */
    public EmotionProfile {
        check("f0Scale", f0Scale, 0.3, 3);
        check("rangeSemitones", rangeSemitones, 0, 24);
        check("levelDb", levelDb, -30, 30);
        check("rate", rate, 1, 12);
        check("tilt", tilt, 0, 0.95);
        check("openQuotient", openQuotient, 0.2, 0.95);
        check("jitter", jitter, 0, 0.2);
        check("shimmer", shimmer, 0, 0.5);
        check("breathiness", breathiness, 0, 1);
        check("creak", creak, 0, 1);
        check("irregularity", irregularity, 0, 2);
        check("articulation", articulation, 0.3, 2);
        if (contour == null) {
            throw new IllegalArgumentException("contour must not be null");
        }
    }

    private static void check(String name, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "], got " + v);
        }
    }

    /** The profile of an emotion at normal intensity. */
    public static EmotionProfile of(Emotion e) {
        return switch (e) {
            case NEUTRAL -> new EmotionProfile(1.00, 4.0, 0.0, 4.2, 0.45, 0.60, 0.006, 0.03, 0.04, 0.00, 0.00, 1.00, Contour.FALLING);
            case CALM -> new EmotionProfile(0.95, 3.0, -3.0, 3.7, 0.55, 0.66, 0.005, 0.03, 0.08, 0.00, 0.00, 0.92, Contour.FALLING);
            case HAPPY -> new EmotionProfile(1.22, 8.0, 3.0, 5.0, 0.33, 0.55, 0.008, 0.04, 0.04, 0.00, 0.05, 1.12, Contour.WAVY);
            case SAD -> new EmotionProfile(0.88, 2.0, -6.0, 3.2, 0.80, 0.78, 0.010, 0.06, 0.16, 0.05, 0.05, 0.80, Contour.FALLING);
            case ANGRY -> new EmotionProfile(1.28, 7.0, 7.0, 5.2, 0.02, 0.36, 0.010, 0.05, 0.03, 0.00, 0.05, 1.18, Contour.FALLING);
            case FEARFUL -> new EmotionProfile(1.38, 5.0, 1.0, 5.8, 0.40, 0.55, 0.028, 0.08, 0.09, 0.00, 0.35, 0.95, Contour.FALLING);
            case DISGUST -> new EmotionProfile(0.85, 4.0, -2.0, 3.3, 0.50, 0.55, 0.015, 0.07, 0.05, 0.35, 0.05, 1.00, Contour.FALLING);
            case SURPRISED -> new EmotionProfile(1.25, 9.0, 2.0, 4.8, 0.35, 0.55, 0.008, 0.04, 0.05, 0.00, 0.05, 1.10, Contour.RISING);
            case BOREDOM -> new EmotionProfile(0.90, 1.5, -4.0, 3.4, 0.60, 0.66, 0.008, 0.04, 0.08, 0.10, 0.00, 0.82, Contour.FLAT);
        };
    }

    /**
     * This profile with every numeric deviation from {@code neutral} multiplied by
     * {@code factor}: 0 gives neutral, 1 this profile, above 1 an exaggerated version
     * (strong intensity, an expressive speaker). Results are clamped to the valid ranges.
     */
    public EmotionProfile scaledFrom(EmotionProfile neutral, double factor) {
        return new EmotionProfile(
                clamp(lerp(neutral.f0Scale, f0Scale, factor), 0.5, 2.5),
                clamp(lerp(neutral.rangeSemitones, rangeSemitones, factor), 0.5, 20),
                clamp(lerp(neutral.levelDb, levelDb, factor), -25, 25),
                clamp(lerp(neutral.rate, rate, factor), 1.5, 10),
                clamp(lerp(neutral.tilt, tilt, factor), 0.0, 0.9),
                clamp(lerp(neutral.openQuotient, openQuotient, factor), 0.3, 0.9),
                clamp(lerp(neutral.jitter, jitter, factor), 0, 0.1),
                clamp(lerp(neutral.shimmer, shimmer, factor), 0, 0.3),
                clamp(lerp(neutral.breathiness, breathiness, factor), 0, 0.6),
                clamp(lerp(neutral.creak, creak, factor), 0, 0.8),
                clamp(lerp(neutral.irregularity, irregularity, factor), 0, 1),
                clamp(lerp(neutral.articulation, articulation, factor), 0.5, 1.5),
                contour);
    }

    /**
     * Token-to-token variation: the same speaker never says a sentence the same way twice.
     * Each parameter is perturbed with Gaussian noise of about the size of the smaller
     * differences between emotions, so neighbouring emotions overlap.
     */
    public EmotionProfile perturbed(RandomGenerator rng) {
        return new EmotionProfile(
                clamp(f0Scale * Math.exp(0.07 * rng.nextGaussian()), 0.5, 2.5),
                clamp(rangeSemitones * Math.exp(0.25 * rng.nextGaussian()), 0.5, 20),
                clamp(levelDb + 2.0 * rng.nextGaussian(), -25, 25),
                clamp(rate * Math.exp(0.09 * rng.nextGaussian()), 1.5, 10),
                clamp(tilt + 0.07 * rng.nextGaussian(), 0.0, 0.9),
                clamp(openQuotient + 0.04 * rng.nextGaussian(), 0.3, 0.9),
                clamp(jitter * Math.exp(0.3 * rng.nextGaussian()), 0, 0.1),
                clamp(shimmer * Math.exp(0.3 * rng.nextGaussian()), 0, 0.3),
                clamp(breathiness * Math.exp(0.3 * rng.nextGaussian()), 0, 0.6),
                clamp(creak * Math.exp(0.3 * rng.nextGaussian()), 0, 0.8),
                clamp(irregularity * Math.exp(0.3 * rng.nextGaussian()), 0, 1),
                clamp(articulation * Math.exp(0.05 * rng.nextGaussian()), 0.5, 1.5),
                contour);
    }

    private static double lerp(double a, double b, double f) {
        return a + (b - a) * f;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
