package io.github.ser4j.data.synth;

/**
 * The overall shape of an utterance's pitch (F0) contour, in semitones around the
 * speaker's mean, as a function of normalised time {@code t} in [0, 1].
 *
 * <p>Declarative speech falls (declination); surprise ends in a rise; happy speech
 * carries many pitch accents; bored and sad speech is flat; fear adds irregular
 * fluctuation on top of a falling line.
 */
public enum Contour {
    /** Declination from about +0.25 to -0.35 of the range, a final low boundary, accents on stressed syllables. */
    FALLING,
    /** Declination, then a final rise to the top of the range (questions, surprise). */
    RISING,
    /** Accents on every syllable, alternating in height: lively, "sing-song". */
    WAVY,
    /** Almost no movement: monotone. */
    FLAT;

    /** The base line in units of the range, at normalised time {@code t}. */
    double baseline(double t) {
        return switch (this) {
            case FALLING -> 0.25 - 0.6 * t - finalLowering(t, 0.8);
            case RISING -> -0.1 - 0.1 * t + (t > 0.7 ? Math.pow((t - 0.7) / 0.3, 2) * 1.1 : 0);
            case WAVY -> 0.2 - 0.45 * t - finalLowering(t, 0.6);
            case FLAT -> 0.1 - 0.2 * t - finalLowering(t, 0.3);
        };
    }

    /** The low boundary tone of a statement: an extra fall over the last 15 % of the utterance. */
    private static double finalLowering(double t, double depth) {
        return t > 0.85 ? depth * (t - 0.85) / 0.15 : 0;
    }

    /** Height of the pitch accent on syllable {@code i}, in units of the range. */
    double accent(int i, boolean stressed) {
        return switch (this) {
            case FALLING, RISING -> stressed ? 0.45 : 0.0;
            case WAVY -> stressed ? 0.7 : 0.35;
            case FLAT -> stressed ? 0.15 : 0.0;
        };
    }
}
