package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * SpecAugment-style masking (Park et al., 2019) of spectrogram batches {@code [B, C, F, T]}:
 * in training mode each example gets a few random bands of mel bins and stretches of
 * frames set to zero; in evaluation mode this is the identity.
 *
 * <p>Why: an emotion is still audible with a band or a quarter-second missing, so a network
 * that must cope with holes cannot lean on one narrow cue (one speaker's formant, one
 * corpus' recording band). This regularises like dropout on the input, in the structure
 * speech has. Zero is the right fill value after the per-band mean has been removed
 * (see {@link AttentiveCrnn}), where it means "average".
 *
 * <p>Each mask's width is drawn uniformly from {@code [0, maxWidth]} and its start uniformly
 * among the positions where it fits, as torchaudio's {@code FrequencyMasking}/
 * {@code TimeMasking}, one example at a time, in order, from the given generator: the same
 * seed masks the same bins. The masking is a multiplication by a 0/1 tensor, so gradients
 * pass through the kept values.
 */
public final class SpecAugment extends Module {
    private final SpecAugmentConfig config;
    private final RandomGenerator rng;

    /** Masking as {@code config} says, with masks drawn from {@code rng}. */
    public SpecAugment(SpecAugmentConfig config, RandomGenerator rng) {
        if (config == null || rng == null) {
            throw new IllegalArgumentException("SpecAugment: config and rng must not be null");
        }
        this.config = config;
        this.rng = rng;
    }

    /** The configuration. */
    public SpecAugmentConfig config() {
        return config;
    }

    /** Input {@code [B, C, F, T]}; in training returns it with masked bands and frames zeroed. */
    @Override
    public Tensor forward(Tensor input) {
        if (input.rank() != 4) {
            throw new IllegalArgumentException("SpecAugment: input must be [batch, channels, mels, frames], got "
                    + Arrays.toString(input.shape()));
        }
        if (!isTraining() || !config.isActive()) {
            return input;
        }
        int b = input.dim(0);
        int c = input.dim(1);
        int f = input.dim(2);
        int t = input.dim(3);
        float[] mask = new float[input.numel()];
        Arrays.fill(mask, 1f);
        boolean[] rows = new boolean[f];
        boolean[] cols = new boolean[t];
        for (int n = 0; n < b; n++) {
            Arrays.fill(rows, false);
            Arrays.fill(cols, false);
            mark(rows, config.frequencyMasks(), config.maxFrequencyWidth());
            mark(cols, config.timeMasks(), config.maxTimeWidth());
            for (int ch = 0; ch < c; ch++) {
                int base = (n * c + ch) * f * t;
                for (int i = 0; i < f; i++) {
                    int row = base + i * t;
                    if (rows[i]) {
                        Arrays.fill(mask, row, row + t, 0f);
                        continue;
                    }
                    for (int j = 0; j < t; j++) {
                        if (cols[j]) {
                            mask[row + j] = 0f;
                        }
                    }
                }
            }
        }
        return input.mul(Tensor.of(mask, input.shape()));
    }

    private void mark(boolean[] axis, int masks, int maxWidth) {
        for (int m = 0; m < masks && maxWidth > 0; m++) {
            int width = rng.nextInt(Math.min(maxWidth, axis.length) + 1);
            int start = rng.nextInt(axis.length - width + 1);
            Arrays.fill(axis, start, start + width, true);
        }
    }
}
