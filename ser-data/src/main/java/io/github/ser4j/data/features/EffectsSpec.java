package io.github.ser4j.data.features;

/**
 * The optional effects stage of a {@link FeatureRecipe}, applied in this order after loading
 * (and after augmentation, for augmented training copies):
 * <ol>
 *   <li>silence trim, {@code librosa.effects.trim(y, top_db)} (frame 2048, hop 512, ref max);</li>
 *   <li>Wiener noise reduction, {@code scipy.signal.wiener(y, mysize)};</li>
 *   <li>pre-emphasis, {@code librosa.effects.preemphasis(y, coef)};</li>
 *   <li>fixed length, {@code librosa.util.fix_length(y, size=round(seconds * sr))}: zero-pad
 *       or truncate at the end, so that every utterance gives the same number of frames.</li>
 * </ol>
 * Cleaning comes before the length fix so that the kept window starts at the speech.
 *
 * @param trimTopDb          {@code top_db} of the trim, {@code > 0}, or {@code NaN} for no trim
 * @param wienerSize         Wiener window {@code mysize}, odd and {@code >= 1}, or 0 for no filter
 * @param preEmphasis        pre-emphasis coefficient in {@code (0, 1]}, or 0 for none
 * @param fixDurationSeconds pad or truncate to this duration, {@code > 0}, or 0 to keep the length
 */
public record EffectsSpec(double trimTopDb, int wienerSize, double preEmphasis, double fixDurationSeconds) {

    /** Validates the fields, naming the bad one. */
    public EffectsSpec {
        if (!Double.isNaN(trimTopDb) && !(trimTopDb > 0 && !Double.isInfinite(trimTopDb))) {
            throw new IllegalArgumentException("effects.trimTopDb must be > 0 and finite (NaN = no trim), got "
                    + trimTopDb);
        }
        if (wienerSize < 0 || (wienerSize > 0 && wienerSize % 2 == 0) || wienerSize > 100_001) {
            throw new IllegalArgumentException("effects.wienerSize must be 0 (off) or odd in [1, 100001], got "
                    + wienerSize);
        }
        if (!(preEmphasis >= 0 && preEmphasis <= 1)) {
            throw new IllegalArgumentException("effects.preEmphasis must be in [0, 1] (0 = off), got " + preEmphasis);
        }
        if (!(fixDurationSeconds >= 0) || fixDurationSeconds > 3600) {
            throw new IllegalArgumentException("effects.fixDurationSeconds must be in [0, 3600] s (0 = off), got "
                    + fixDurationSeconds);
        }
    }

    /** No effects: the loaded signal goes straight to the features. */
    public static EffectsSpec none() {
        return new EffectsSpec(Double.NaN, 0, 0.0, 0.0);
    }

    /** Whether the silence trim is on. */
    public boolean trims() {
        return !Double.isNaN(trimTopDb);
    }

    /** Whether the length is fixed. */
    public boolean fixesLength() {
        return fixDurationSeconds > 0;
    }

    /** A copy with a silence trim at {@code topDb} ({@code NaN} = off). */
    public EffectsSpec withTrim(double topDb) {
        return new EffectsSpec(topDb, wienerSize, preEmphasis, fixDurationSeconds);
    }

    /** A copy with a Wiener filter of window {@code mysize} (0 = off). */
    public EffectsSpec withWiener(int mysize) {
        return new EffectsSpec(trimTopDb, mysize, preEmphasis, fixDurationSeconds);
    }

    /** A copy with pre-emphasis {@code coef} (0 = off). */
    public EffectsSpec withPreEmphasis(double coef) {
        return new EffectsSpec(trimTopDb, wienerSize, coef, fixDurationSeconds);
    }

    /** A copy that pads or truncates to {@code seconds} (0 = off). */
    public EffectsSpec withFixedDuration(double seconds) {
        return new EffectsSpec(trimTopDb, wienerSize, preEmphasis, seconds);
    }
}
