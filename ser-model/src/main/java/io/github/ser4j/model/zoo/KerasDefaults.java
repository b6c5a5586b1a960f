package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.init.Orthogonal;
import io.github.ser4j.nn.init.Xavier;
import io.github.ser4j.nn.layers.BatchNorm1d;
import io.github.ser4j.nn.layers.BatchNorm2d;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The initialisation and batch-norm constants Keras uses, for the seeds that were written in
 * Keras, so that ours start where theirs did.
 *
 * <p>Keras {@code Conv1D}/{@code Conv2D}/{@code Dense} draw the kernel from
 * {@code glorot_uniform} and start the bias at zero; {@code BatchNormalization} has
 * {@code momentum=0.99} (the weight of the <em>old</em> running value, so PyTorch's
 * momentum is {@code 1 - 0.99 = 0.01}) and {@code epsilon=1e-3}. Keras {@code LSTM} uses
 * {@code glorot_uniform} for the input kernel, {@code orthogonal} for the recurrent kernel,
 * and a zero bias with the forget gate's part set to one ({@code unit_forget_bias=True}).
 */
final class KerasDefaults {
    /** PyTorch-convention momentum equal to Keras' {@code BatchNormalization(momentum=0.99)}. */
    static final float BN_MOMENTUM = 0.01f;
    /** Keras' {@code BatchNormalization(epsilon=1e-3)}. */
    static final float BN_EPS = 1e-3f;

    private KerasDefaults() {
    }

    /** Glorot-uniform weight and zero bias, as a freshly built Keras layer. */
    static void glorot(Tensor weight, Tensor bias, RandomGenerator rng) {
        Xavier.uniform(weight, 1.0, rng);
        if (bias != null) {
            Arrays.fill(bias.data(), 0f);
        }
    }

    /** Keras' batch norm over channels of {@code [B, C]} or {@code [B, C, T]}. */
    static BatchNorm1d batchNorm1d(int channels) {
        return new BatchNorm1d(channels, BN_MOMENTUM, BN_EPS);
    }

    /** Keras' batch norm over channels of {@code [B, C, H, W]}. */
    static BatchNorm2d batchNorm2d(int channels) {
        return new BatchNorm2d(channels, BN_MOMENTUM, BN_EPS);
    }

    /**
     * Keras LSTM initialisation for one direction's PyTorch-layout parameters (gate order
     * i, f, g, o in blocks of {@code hidden} rows): Glorot input weights, orthogonal
     * recurrent weights (each gate's block, as Keras orthogonalises the whole
     * {@code [H, 4H]} kernel we orthogonalise the whole {@code [4H, H]}), zero biases with the
     * forget gate's input bias at one. PyTorch keeps two biases; their sum is Keras' one.
     */
    static void lstm(Tensor weightIh, Tensor weightHh, Tensor biasIh, Tensor biasHh, int hidden, RandomGenerator rng) {
        Xavier.uniform(weightIh, 1.0, rng);
        Orthogonal.init(weightHh, 1.0, rng);
        float[] bi = biasIh.data();
        Arrays.fill(bi, 0f);
        Arrays.fill(bi, hidden, 2 * hidden, 1f);
        Arrays.fill(biasHh.data(), 0f);
    }
}
