package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.layers.Linear;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Attention pooling over time: a learned, input-dependent weighted mean of a sequence
 * {@code [B, T, D]}, giving {@code [B, heads·D]}.
 *
 * <p>Each step gets a score per head, {@code e_t = v^T tanh(W h_t + b)} (additive attention,
 * Bahdanau et al., 2015, with a learned query folded into {@code v}); a softmax over time
 * turns the scores into weights {@code a_t = exp(e_t) / sum_s exp(e_s)}, and the summary is
 * {@code sum_t a_t h_t}. Emotion shows in a few stressed syllables and pauses more than in
 * the average frame; attention lets the network weigh those frames up and silence down,
 * where "last step" summarises by whatever came last and a plain mean by everything
 * equally. Several heads may attend to different kinds of frames; their summaries are
 * concatenated.
 *
 * <p>Parameters: {@code proj} ({@code W, b}: D → attentionDim) and {@code score}
 * ({@code v}: attentionDim → heads, no bias, since a constant shift of all scores does
 * not change a softmax).
 */
public final class AttentionPooling extends Module {
    private final Linear proj;
    private final Linear score;
    private final int heads;
    private final int inputSize;

    /**
     * Attention pooling of {@code inputSize}-dimensional steps.
     *
     * @param inputSize    size {@code D} of each step, {@code >= 1}
     * @param attentionDim size of the hidden scoring layer, {@code >= 1}
     * @param heads        number of independent weightings, {@code >= 1}
     * @param rng          draws the initial weights
     */
    public AttentionPooling(int inputSize, int attentionDim, int heads, RandomGenerator rng) {
        if (inputSize < 1 || attentionDim < 1 || heads < 1) {
            throw new IllegalArgumentException("AttentionPooling: inputSize, attentionDim and heads must be >= 1, got "
                    + inputSize + ", " + attentionDim + ", " + heads);
        }
        this.inputSize = inputSize;
        this.heads = heads;
        proj = registerModule("proj", new Linear(inputSize, attentionDim, rng));
        score = registerModule("score", new Linear(attentionDim, heads, false, rng));
    }

    /** Output size, {@code heads * inputSize}. */
    public int outputSize() {
        return heads * inputSize;
    }

    /** The attention weights {@code [B, heads, T]} (each row sums to one) for a sequence {@code [B, T, D]}. */
    public Tensor weights(Tensor sequence) {
        if (sequence.rank() != 3 || sequence.dim(2) != inputSize) {
            throw new IllegalArgumentException("AttentionPooling: input must be [batch, time, " + inputSize + "], got "
                    + Arrays.toString(sequence.shape()));
        }
        Tensor e = score.forward(proj.forward(sequence).tanh());   // [B, T, heads]
        return e.softmax(1).permute(0, 2, 1);                      // [B, heads, T]
    }

    /** Input {@code [B, T, D]}; returns {@code [B, heads * D]}. */
    @Override
    public Tensor forward(Tensor sequence) {
        Tensor a = weights(sequence);
        return a.matmul(sequence).reshape(sequence.dim(0), heads * inputSize);
    }
}
