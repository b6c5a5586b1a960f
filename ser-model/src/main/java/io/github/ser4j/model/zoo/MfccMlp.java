package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.layers.BatchNorm1d;
import io.github.ser4j.nn.layers.Dropout;
import io.github.ser4j.nn.layers.Linear;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.layers.ReLU;
import io.github.ser4j.nn.layers.Sequential;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.random.RandomGenerator;

/**
 * Seed 004's network: a multilayer perceptron (PyTorch) on a standardised vector of
 * utterance-level MFCC statistics (scikit-learn {@code StandardScaler} fitted on the
 * training split).
 *
 * <p>The seed's README names the pipeline (MFCCs, {@code StandardScaler}, one-hot labels,
 * {@code nn.Module}, {@code DataLoader}) but lists its model only as "implied", with no
 * layers. This is the plain PyTorch classifier such a notebook builds on scaled vectors:
 * {@code Linear(F, 256) → BatchNorm1d → ReLU → Dropout(0.3) → Linear(256, 128) →
 * BatchNorm1d → ReLU → Dropout(0.3) → Linear(128, n)}, PyTorch's default initialisation.
 *
 * <p>Parameter count, from the layer sizes: {@code (256F + 256) + 2·256 + (256·128 + 128)
 * + 2·128 + (128n + n) = 256F + 33,920 + 129n}; for the default 40 MFCC means and
 * 7 classes, 45,063.
 */
public final class MfccMlp extends Module {
    /** The default input: means over time of 40 MFCCs, standardised. */
    public static final InputSpec INPUT = InputSpec.of("seed004: standardised MFCC40 means, 40 values", 40);

    private static final String NAME = "MfccMlp";

    private final Sequential net;

    /**
     * Builds the network for {@code numClasses} classes and feature vectors of shape {@code [features]}.
     *
     * @param numClasses number of output classes, {@code >= 2}
     * @param inputShape one example's shape, {@code [features]}
     * @param rng        draws the initial weights and the dropout masks
     */
    public MfccMlp(int numClasses, int[] inputShape, RandomGenerator rng) {
        Shapes.requireClasses(NAME, numClasses);
        int[] shape = Shapes.require(NAME, inputShape, 1, "[features]");
        net = registerModule("net", new Sequential(
                new Linear(shape[0], 256, rng), new BatchNorm1d(256), new ReLU(), new Dropout(0.3f, rng),
                new Linear(256, 128, rng), new BatchNorm1d(128), new ReLU(), new Dropout(0.3f, rng),
                new Linear(128, numClasses, rng)));
    }

    /** Input {@code [B, features]}; returns logits {@code [B, numClasses]}. */
    @Override
    public Tensor forward(Tensor input) {
        return net.forward(input);
    }
}
