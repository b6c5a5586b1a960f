package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.layers.Conv1d;
import io.github.ser4j.nn.layers.Dropout;
import io.github.ser4j.nn.layers.Flatten;
import io.github.ser4j.nn.layers.Linear;
import io.github.ser4j.nn.layers.MaxPool1d;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.layers.ReLU;
import io.github.ser4j.nn.layers.Sequential;
import io.github.ser4j.nn.ops.SlidingWindow;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.random.RandomGenerator;

/**
 * Seed 000's deep 1-D CNN (Keras): five blocks of
 * {@code Conv1D(k=5, 'same') → ReLU → BatchNormalization → Dropout(0.2) → MaxPool1D(5, strides=2, 'same')}
 * with 256, 512, 256, 256, 128 filters, then {@code Flatten → Dense 256 → ReLU →
 * BatchNormalization → Dropout(0.5) → Dense n_classes} (softmax folded into the loss).
 *
 * <p>The input is one row of the seed's feature matrix, {@code [1, 880]}: 2.5 s of audio at
 * 8025 Hz framed with length 2048 and hop 512 (40 centred frames), and per frame one ZCR,
 * one RMS and 20 MFCCs, flattened. Each pooling halves the length (rounding up, Keras
 * 'same'): 880 → 440 → 220 → 110 → 55 → 28, so Flatten sees 128 × 28 = 3584 values.
 * For 7 classes this has 2,727,815 trained parameters, as PyTorch counts them (Keras adds
 * 2 × channels per batch norm for the moving statistics, which we keep as buffers).
 *
 * <p>Keras applies the activation inside {@code Conv1D(activation='relu')}, before the batch
 * norm, and so does this network. Weights start as Keras starts them (Glorot-uniform, zero
 * bias) and batch norm uses Keras' momentum and epsilon ({@link KerasDefaults}).
 */
public final class DeepCnn1d extends Module {
    /** The seed's input: one example of 880 values. */
    public static final InputSpec INPUT = InputSpec.of("seed000: ZCR+RMS+MFCC20 frames at 8025 Hz, 880 values", 1, 880);

    private static final int[] FILTERS = {256, 512, 256, 256, 128};
    private static final String NAME = "DeepCnn1d";

    private final Sequential net;

    /**
     * Builds the network for {@code numClasses} classes and examples of shape {@code [1, length]}.
     *
     * @param numClasses  number of output classes, {@code >= 2}
     * @param inputShape  one example's shape, {@code [1, length]}
     * @param rng         draws the initial weights and the dropout masks
     */
    public DeepCnn1d(int numClasses, int[] inputShape, RandomGenerator rng) {
        Shapes.requireClasses(NAME, numClasses);
        int[] shape = Shapes.require(NAME, inputShape, 2, "[1, length]");
        Shapes.requireAxis(NAME, shape, 0, 1, "channels");
        net = new Sequential();
        int channels = 1;
        int length = shape[1];
        for (int filters : FILTERS) {
            Conv1d conv = new Conv1d(channels, filters, SlidingWindow.same(5, 1, 1), true, rng);
            KerasDefaults.glorot(conv.weight(), conv.bias(), rng);
            net.add(conv).add(new ReLU()).add(KerasDefaults.batchNorm1d(filters)).add(new Dropout(0.2f, rng))
                    .add(new MaxPool1d(SlidingWindow.same(5, 2, 1)));
            channels = filters;
            length = (length + 1) / 2;
        }
        Linear hidden = new Linear(channels * length, 256, rng);
        KerasDefaults.glorot(hidden.weight(), hidden.bias(), rng);
        Linear out = new Linear(256, numClasses, rng);
        KerasDefaults.glorot(out.weight(), out.bias(), rng);
        net.add(new Flatten()).add(hidden).add(new ReLU()).add(KerasDefaults.batchNorm1d(256))
                .add(new Dropout(0.5f, rng)).add(out);
        registerModule("net", net);
    }

    /** Input {@code [B, 1, length]}; returns logits {@code [B, numClasses]}. */
    @Override
    public Tensor forward(Tensor input) {
        return net.forward(input);
    }
}
