package io.github.ser4j.model.zoo;

/**
 * How much {@link SpecAugment} masks: {@code frequencyMasks} bands of up to
 * {@code maxFrequencyWidth} mel bins and {@code timeMasks} stretches of up to
 * {@code maxTimeWidth} frames per example (Park et al., 2019, without time warping).
 *
 * @param frequencyMasks    frequency masks per example, {@code >= 0}
 * @param maxFrequencyWidth widest frequency mask in bins, {@code >= 0}
 * @param timeMasks         time masks per example, {@code >= 0}
 * @param maxTimeWidth      widest time mask in frames, {@code >= 0}
 */
public record SpecAugmentConfig(int frequencyMasks, int maxFrequencyWidth, int timeMasks, int maxTimeWidth) {
    /** Two frequency masks of up to 8 bins and two time masks of up to 20 frames. */
    public static final SpecAugmentConfig DEFAULT = new SpecAugmentConfig(2, 8, 2, 20);
    /** No masking. */
    public static final SpecAugmentConfig NONE = new SpecAugmentConfig(0, 0, 0, 0);

    /** Validates every field. */
    public SpecAugmentConfig {
        if (frequencyMasks < 0 || maxFrequencyWidth < 0 || timeMasks < 0 || maxTimeWidth < 0) {
            throw new IllegalArgumentException("SpecAugmentConfig fields must be >= 0, got frequencyMasks="
                    + frequencyMasks + ", maxFrequencyWidth=" + maxFrequencyWidth + ", timeMasks=" + timeMasks
                    + ", maxTimeWidth=" + maxTimeWidth);
        }
    }

    /** Whether this configuration masks anything. */
    public boolean isActive() {
        return (frequencyMasks > 0 && maxFrequencyWidth > 0) || (timeMasks > 0 && maxTimeWidth > 0);
    }
}
