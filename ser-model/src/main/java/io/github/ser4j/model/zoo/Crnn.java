package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.layers.Conv2d;
import io.github.ser4j.nn.layers.Linear;
import io.github.ser4j.nn.layers.MaxPool2d;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.layers.ReLU;
import io.github.ser4j.nn.layers.Sequential;
import io.github.ser4j.nn.recurrent.Lstm;
import io.github.ser4j.nn.recurrent.RecurrentConfig;
import io.github.ser4j.nn.recurrent.RecurrentOutput;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Seed 003's convolutional recurrent network (Keras) on a log-mel spectrogram
 * {@code [1, 128 mels, 259 frames]} (3 s at 44.1 kHz, hop 512):
 * four blocks {@code Conv2D(3×3, pad 1) → BatchNormalization → ReLU → MaxPooling2D(2)} with
 * 64, 64, 128, 128 filters take it to {@code [128, 8, 16]} (pooling rounds down:
 * 259 → 129 → 64 → 32 → 16 frames); the maps are read as a sequence of 16 steps of
 * 128 × 8 = 1024 values ({@code [B, 16, 1024]}, time-major: channels and mel bands of one
 * time step together), a bidirectional LSTM with 128 units per direction summarises it,
 * and {@code Dense n_classes} classifies.
 *
 * <p>The summary is Keras' {@code Bidirectional(LSTM(128))} with
 * {@code return_sequences=False}: the forward direction's state after the last step joined
 * with the backward direction's state after the first step
 * ({@link RecurrentOutput#FINAL_STATE}), so both halves have read the whole utterance.
 * (PyTorch's {@code output[:, -1]} costs the same and has the same parameters, but its
 * backward half has read only the last step.) For 8 classes the network has 1,443,528
 * parameters, the PyTorch count of the golden figures. Weights start as Keras starts
 * them ({@link KerasDefaults}).
 */
public final class Crnn extends Module {
    /** The seed's input: log-mel, 128 mels by 259 frames. */
    public static final InputSpec INPUT = InputSpec.of(
            "seed003: log-mel dB, 44.1 kHz, n_fft 2048, hop 512, 128 mels, 3 s (259 frames)", 1, 128, 259);

    private static final int[] FILTERS = {64, 64, 128, 128};
    private static final int HIDDEN = 128;
    private static final String NAME = "Crnn";

    private final Sequential features;
    private final Lstm lstm;
    private final Linear classifier;

    /**
     * Builds the network for {@code numClasses} classes and inputs of shape {@code [1, mels, frames]}.
     *
     * @param numClasses number of output classes, {@code >= 2}
     * @param inputShape one example's shape {@code [1, mels, frames]}, both at least 16
     * @param rng        draws the initial weights
     */
    public Crnn(int numClasses, int[] inputShape, RandomGenerator rng) {
        Shapes.requireClasses(NAME, numClasses);
        int[] shape = Shapes.require(NAME, inputShape, 3, "[1, mels, frames]");
        Shapes.requireAxis(NAME, shape, 0, 1, "channels");
        Shapes.requireAtLeast(NAME, "the pooled mel axis", shape[1] >> 4, 1, shape);
        Shapes.requireAtLeast(NAME, "the pooled time axis", shape[2] >> 4, 1, shape);
        features = new Sequential();
        int in = 1;
        for (int filters : FILTERS) {
            Conv2d conv = new Conv2d(in, filters, 3, 1, 1, rng);
            KerasDefaults.glorot(conv.weight(), conv.bias(), rng);
            features.add(conv).add(KerasDefaults.batchNorm2d(filters)).add(new ReLU()).add(new MaxPool2d(2));
            in = filters;
        }
        registerModule("features", features);
        int perStep = in * (shape[1] >> 4);
        lstm = registerModule("lstm", new Lstm(new RecurrentConfig(perStep, HIDDEN, 1, true, true, 0f,
                RecurrentOutput.FINAL_STATE), rng));
        Map<String, Tensor> p = lstm.namedParameters();
        for (String dir : new String[] {"_l0", "_l0_reverse"}) {
            KerasDefaults.lstm(p.get("weight_ih" + dir), p.get("weight_hh" + dir), p.get("bias_ih" + dir),
                    p.get("bias_hh" + dir), HIDDEN, rng);
        }
        classifier = registerModule("classifier", new Linear(2 * HIDDEN, numClasses, rng));
        KerasDefaults.glorot(classifier.weight(), classifier.bias(), rng);
    }

    /** Input {@code [B, 1, mels, frames]}; returns logits {@code [B, numClasses]}. */
    @Override
    public Tensor forward(Tensor input) {
        Tensor maps = features.forward(input);                 // [B, C, H, W]
        Tensor seq = TimeSteps.fromMaps(maps);                 // [B, W, C*H]
        return classifier.forward(lstm.forward(seq));
    }
}
