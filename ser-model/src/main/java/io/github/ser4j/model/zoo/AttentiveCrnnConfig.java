package io.github.ser4j.model.zoo;

import java.util.List;

/**
 * The sizes and regularisation of {@link AttentiveCrnn}.
 *
 * @param channels               output channels of each convolution block, each {@code >= 1}, at least one block
 * @param rnnHidden              GRU units per direction, {@code >= 1}
 * @param attentionDim           hidden size of the attention scorer, {@code >= 1}
 * @param attentionHeads         attention heads, {@code >= 1}
 * @param dropout                dropout before the classifier (half of it before the GRU), in [0, 1)
 * @param specAugment            input masking in training
 * @param utteranceNormalisation whether to subtract each example's mean over time from every mel band
 */
public record AttentiveCrnnConfig(List<Integer> channels, int rnnHidden, int attentionDim, int attentionHeads,
                                  float dropout, SpecAugmentConfig specAugment, boolean utteranceNormalisation) {
    /** 16-32-48-64 channels, BiGRU 64, attention 64 with 2 heads, dropout 0.3, default SpecAugment, normalised. */
    public static final AttentiveCrnnConfig DEFAULT = new AttentiveCrnnConfig(List.of(16, 32, 48, 64), 64, 64, 2,
            0.3f, SpecAugmentConfig.DEFAULT, true);

    /** Validates every field and copies the channel list. */
    public AttentiveCrnnConfig {
        if (channels == null || channels.isEmpty()) {
            throw new IllegalArgumentException("channels must list at least one block, got " + channels);
        }
        for (Integer c : channels) {
            if (c == null || c < 1) {
                throw new IllegalArgumentException("channels must all be >= 1, got " + channels);
            }
        }
        channels = List.copyOf(channels);
        if (rnnHidden < 1) {
            throw new IllegalArgumentException("rnnHidden must be >= 1, got " + rnnHidden);
        }
        if (attentionDim < 1) {
            throw new IllegalArgumentException("attentionDim must be >= 1, got " + attentionDim);
        }
        if (attentionHeads < 1) {
            throw new IllegalArgumentException("attentionHeads must be >= 1, got " + attentionHeads);
        }
        if (!(dropout >= 0f && dropout < 1f)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (specAugment == null) {
            throw new IllegalArgumentException("specAugment must not be null (use SpecAugmentConfig.NONE)");
        }
    }

    /** This configuration with other input masking. */
    public AttentiveCrnnConfig withSpecAugment(SpecAugmentConfig value) {
        return new AttentiveCrnnConfig(channels, rnnHidden, attentionDim, attentionHeads, dropout, value,
                utteranceNormalisation);
    }

    /** This configuration with another dropout. */
    public AttentiveCrnnConfig withDropout(float value) {
        return new AttentiveCrnnConfig(channels, rnnHidden, attentionDim, attentionHeads, value, specAugment,
                utteranceNormalisation);
    }
}
