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
 * Seed 001's compact 1-D CNN on the utterance-mean of 50 MFCCs: three convolutions
 * ({@code k=5}, stride 1, 'same') with 8, 16 and 32 filters and ReLU, max pooling (2) after
 * the second and the third, dropout 0.5 after the third, then {@code Dense 128 → ReLU →
 * Dense n_classes}. Xavier (Glorot-uniform) initial weights, zero biases, as the seed says.
 *
 * <p>Pooling rounds down (PyTorch's {@code MaxPool1d(2)}, Keras' 'valid'): 50 → 25 → 12, so
 * Flatten sees 32 × 12 = 384 values and the network has 53,479 parameters for 7 classes,
 * the PyTorch count of the golden figures. (The seed's text says 'same' pooling, which
 * would round 25 up to 13 and give 416 inputs to the dense layer; we follow the count.)
 */
public final class CompactCnn1d extends Module {
    /** The seed's input: the mean over time of 50 MFCCs. */
    public static final InputSpec INPUT = InputSpec.of("seed001: mean MFCC50 at 22050 Hz (n_fft 512, hop 256), 50 values", 1, 50);

    private static final String NAME = "CompactCnn1d";

    private final Sequential net;

    /**
     * Builds the network for {@code numClasses} classes and examples of shape {@code [1, length]}.
     *
     * @param numClasses number of output classes, {@code >= 2}
     * @param inputShape one example's shape, {@code [1, length]} with {@code length >= 4}
     * @param rng        draws the initial weights and the dropout masks
     */
    public CompactCnn1d(int numClasses, int[] inputShape, RandomGenerator rng) {
        Shapes.requireClasses(NAME, numClasses);
        int[] shape = Shapes.require(NAME, inputShape, 2, "[1, length]");
        Shapes.requireAxis(NAME, shape, 0, 1, "channels");
        int pooled = shape[1] / 2 / 2;
        Shapes.requireAtLeast(NAME, "the pooled length", pooled, 1, shape);
        Conv1d c1 = conv(1, 8, rng);
        Conv1d c2 = conv(8, 16, rng);
        Conv1d c3 = conv(16, 32, rng);
        Linear hidden = new Linear(32 * pooled, 128, rng);
        KerasDefaults.glorot(hidden.weight(), hidden.bias(), rng);
        Linear out = new Linear(128, numClasses, rng);
        KerasDefaults.glorot(out.weight(), out.bias(), rng);
        net = registerModule("net", new Sequential(
                c1, new ReLU(),
                c2, new ReLU(), new MaxPool1d(2),
                c3, new ReLU(), new MaxPool1d(2), new Dropout(0.5f, rng),
                new Flatten(), hidden, new ReLU(), out));
    }

    private static Conv1d conv(int in, int out, RandomGenerator rng) {
        Conv1d c = new Conv1d(in, out, SlidingWindow.same(5, 1, 1), true, rng);
        KerasDefaults.glorot(c.weight(), c.bias(), rng);
        return c;
    }

    /** Input {@code [B, 1, length]}; returns logits {@code [B, numClasses]}. */
    @Override
    public Tensor forward(Tensor input) {
        return net.forward(input);
    }
}
