package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.layers.BatchNorm2d;
import io.github.ser4j.nn.layers.Conv2d;
import io.github.ser4j.nn.layers.Dropout;
import io.github.ser4j.nn.layers.Linear;
import io.github.ser4j.nn.layers.MaxPool2d;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.layers.ReLU;
import io.github.ser4j.nn.layers.Sequential;
import io.github.ser4j.nn.ops.SlidingWindow;
import io.github.ser4j.nn.recurrent.Gru;
import io.github.ser4j.nn.recurrent.RecurrentConfig;
import io.github.ser4j.nn.recurrent.RecurrentOutput;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * ser4j's default network for speaker-independent emotion recognition: a compact
 * convolutional recurrent network with attention pooling over time, on a 64-band log-mel
 * spectrogram of 3 s at 16 kHz ({@link LogMelSpec#DEFAULT}, {@code [1, 64, 188]}).
 *
 * <pre>
 *   x [B, 1, F, T]
 *   → per-band mean over time removed     (utterance normalisation: channel and level offsets cancel)
 *   → SpecAugment                         (training only: random mel bands and frame stretches zeroed)
 *   → k × [Conv2d 3×3 pad 1, no bias → BatchNorm2d → ReLU → MaxPool2d]
 *                                         (pool 2×2, the last block 2×1: frequency only)
 *   → [B, T', C·F'] sequence → Dropout(p/2)
 *   → bidirectional GRU (hidden H per direction) → [B, T', 2H]
 *   → attention pooling over time ({@link AttentionPooling}, heads h) → [B, h·2H]
 *   → Dropout(p) → Linear n_classes
 * </pre>
 *
 * <p>Why this shape. Emotion lives in prosody (pitch, energy, tempo: how a spectrogram
 * changes over a second or two) and voice quality (spectral tilt, breathiness: the local
 * spectral shape). The convolutions learn local spectro-temporal patterns and, by
 * pooling, shrink 188 frames to 23 steps of about 130 ms; the GRU reads those steps in
 * both directions for the prosodic contour; attention picks the informative steps rather
 * than the last one. Across speakers and corpora the largest nuisances are the recording
 * channel and the speaker's level, which in log-mel are per-band offsets: subtracting each
 * band's mean over the utterance removes them exactly (cepstral mean normalisation,
 * applied to the log-mel bands). Batch norm, dropout and SpecAugment regularise a network
 * that sees a few hundred utterances per fold. It is small on purpose, about 180k
 * parameters and about 70 MFLOP per example forward, so a 10-fold cross-validation runs on
 * two CPU cores in minutes.
 *
 * <p>Parameter count with {@link AttentiveCrnnConfig#DEFAULT} and 64 mels: convolutions
 * {@code 9·(1·16 + 16·32 + 32·48 + 48·64) = 46,224}, batch norms
 * {@code 2·(16+32+48+64) = 320}, GRU {@code 2·(3·64·(256+64) + 2·3·64) = 123,648},
 * attention {@code 128·64 + 64 + 64·2 = 8,384}, classifier {@code 257n}: in all
 * {@code 178,576 + 257n}, 180,375 for 7 classes.
 *
 * <p>Training: Adam at {@code 1e-3} with the learning rate annealed (cosine) towards
 * {@code 1e-5} over about 20 epochs, batches of 32. Batch norm and the attention softmax
 * make the held-out score jumpy under a constant learning rate; the annealed end of the
 * schedule is where to read it.
 */
public final class AttentiveCrnn extends Module {
    /** The default input, {@link LogMelSpec#DEFAULT}'s {@code [1, 64, 188]}. */
    public static final InputSpec INPUT = LogMelSpec.DEFAULT.inputSpec();

    private static final String NAME = "AttentiveCrnn";

    private final AttentiveCrnnConfig config;
    private final SpecAugment specAugment;
    private final Sequential features;
    private final Dropout sequenceDropout;
    private final Gru gru;
    private final AttentionPooling attention;
    private final Dropout dropout;
    private final Linear classifier;

    /** The default configuration for {@code numClasses} classes and inputs {@code [1, mels, frames]}. */
    public AttentiveCrnn(int numClasses, int[] inputShape, RandomGenerator rng) {
        this(numClasses, inputShape, AttentiveCrnnConfig.DEFAULT, rng);
    }

    /**
     * Builds the network.
     *
     * @param numClasses number of output classes, {@code >= 2}
     * @param inputShape one example's shape {@code [1, mels, frames]}
     * @param config     sizes and regularisation
     * @param rng        draws the initial weights, the dropout masks and the SpecAugment masks
     */
    public AttentiveCrnn(int numClasses, int[] inputShape, AttentiveCrnnConfig config, RandomGenerator rng) {
        Shapes.requireClasses(NAME, numClasses);
        int[] shape = Shapes.require(NAME, inputShape, 3, "[1, mels, frames]");
        Shapes.requireAxis(NAME, shape, 0, 1, "channels");
        if (config == null) {
            throw new IllegalArgumentException(NAME + ": config must not be null");
        }
        this.config = config;
        List<Integer> channels = config.channels();
        int blocks = channels.size();
        int mels = shape[1] >> blocks;
        int steps = shape[2] >> (blocks - 1);
        Shapes.requireAtLeast(NAME, "the pooled mel axis", mels, 1, shape);
        Shapes.requireAtLeast(NAME, "the pooled time axis", steps, 1, shape);

        specAugment = registerModule("spec_augment", new SpecAugment(config.specAugment(), rng));
        features = new Sequential();
        int in = 1;
        for (int i = 0; i < blocks; i++) {
            int out = channels.get(i);
            SlidingWindow k3 = SlidingWindow.of(3, 1, 1, 1);
            features.add(new Conv2d(in, out, k3, k3, false, rng)).add(new BatchNorm2d(out)).add(new ReLU());
            SlidingWindow two = SlidingWindow.of(2, 2, 0, 1);
            features.add(i < blocks - 1 ? new MaxPool2d(two, two) : new MaxPool2d(two, SlidingWindow.of(1, 1, 0, 1)));
            in = out;
        }
        registerModule("features", features);
        sequenceDropout = registerModule("sequence_dropout", new Dropout(config.dropout() / 2, rng));
        int hidden = config.rnnHidden();
        gru = registerModule("gru", new Gru(new RecurrentConfig(in * mels, hidden, 1, true, true, 0f,
                RecurrentOutput.SEQUENCE), rng));
        attention = registerModule("attention", new AttentionPooling(2 * hidden, config.attentionDim(),
                config.attentionHeads(), rng));
        dropout = registerModule("dropout", new Dropout(config.dropout(), rng));
        classifier = registerModule("classifier", new Linear(attention.outputSize(), numClasses, rng));
    }

    /** The configuration. */
    public AttentiveCrnnConfig config() {
        return config;
    }

    /** Input {@code [B, 1, mels, frames]}; returns logits {@code [B, numClasses]}. */
    @Override
    public Tensor forward(Tensor input) {
        if (input.rank() != 4) {
            throw new IllegalArgumentException(NAME + ": input must be [batch, 1, mels, frames], got "
                    + Arrays.toString(input.shape()));
        }
        Tensor x = input;
        if (config.utteranceNormalisation()) {
            x = x.sub(x.mean(true, 3));
        }
        x = specAugment.forward(x);
        Tensor seq = sequenceDropout.forward(TimeSteps.fromMaps(features.forward(x)));
        return classifier.forward(dropout.forward(attention.forward(gru.forward(seq))));
    }

    /** Attention weights over the pooled time steps, {@code [B, heads, T']}, for inspection (evaluation mode advised). */
    public Tensor attentionWeights(Tensor input) {
        Tensor x = input;
        if (config.utteranceNormalisation()) {
            x = x.sub(x.mean(true, 3));
        }
        return attention.weights(gru.forward(TimeSteps.fromMaps(features.forward(specAugment.forward(x)))));
    }
}
