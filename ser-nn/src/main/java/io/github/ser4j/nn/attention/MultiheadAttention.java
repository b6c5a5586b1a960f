package io.github.ser4j.nn.attention;

import io.github.ser4j.nn.init.Xavier;
import io.github.ser4j.nn.layers.Linear;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.ops.LinearTransform;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Multi-head attention, equivalent to PyTorch's {@code nn.MultiheadAttention(embed_dim,
 * num_heads, dropout, bias=True, batch_first=True)} with equal query, key and value sizes,
 * and with its parameter names: {@code in_proj_weight [3E, E]} (query, key, value
 * projections stacked), {@code in_proj_bias [3E]}, {@code out_proj.weight [E, E]},
 * {@code out_proj.bias [E]}.
 *
 * <p>Queries, keys and values are projected, split into {@code h} heads of size
 * {@code d = E / h}, attended per head with {@link ScaledDotProductAttention}, and the
 * heads are concatenated and projected back:
 * <pre>
 *   head_i = attention(Q W_q,i, K W_k,i, V W_v,i)         Q [B, T, E], K, V [B, S, E]
 *   output = concat(head_1 .. head_h) W_o^T + b_o          [B, T, E]
 * </pre>
 * Several heads let the layer attend to different aspects (positions, features) at once
 * for the cost of one head of full width. Built from the autograd ops, so gradients follow.
 */
public final class MultiheadAttention extends Module {
    private final int embedDim;
    private final int heads;
    private final float dropout;
    private final RandomGenerator rng;
    private final Tensor inProjWeight;
    private final Tensor inProjBias;
    private final Linear outProj;

    /**
     * A layer of {@code heads} heads over embeddings of size {@code embedDim} (divisible by
     * {@code heads}), with attention dropout {@code dropout} in training; parameters are
     * initialised as PyTorch does (Xavier-uniform input projection, zero biases) from
     * {@code rng}, which also draws dropout masks.
     */
    public MultiheadAttention(int embedDim, int heads, float dropout, RandomGenerator rng) {
        if (embedDim < 1 || heads < 1 || embedDim % heads != 0) {
            throw new IllegalArgumentException("embedDim must be a positive multiple of heads, got embedDim "
                    + embedDim + ", heads " + heads);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        this.embedDim = embedDim;
        this.heads = heads;
        this.dropout = dropout;
        this.rng = rng;
        this.inProjWeight = registerParameter("in_proj_weight", Tensor.zeros(3 * embedDim, embedDim));
        this.inProjBias = registerParameter("in_proj_bias", Tensor.zeros(3 * embedDim));
        Xavier.uniform(inProjWeight, 1.0, rng);
        this.outProj = registerModule("out_proj", new Linear(embedDim, embedDim, rng));
        Arrays.fill(outProj.bias().data(), 0f);
    }

    /** Self-attention of {@code x [B, T, E]}: the output {@code [B, T, E]}. */
    @Override
    public Tensor forward(Tensor x) {
        return attend(x, x, x, null, true).output();
    }

    /**
     * Attends {@code query [B, T, E]} over {@code key}, {@code value [B, S, E]}.
     *
     * @param keyPaddingMask null, or {@code [B][S]} with true where a key position is padding
     *                       and must be ignored (PyTorch's {@code key_padding_mask})
     * @param averageWeights return the weights averaged over heads {@code [B, T, S]} (PyTorch's
     *                       default) rather than per head {@code [B, h, T, S]}
     */
    public AttentionResult attend(Tensor query, Tensor key, Tensor value, boolean[][] keyPaddingMask,
                                  boolean averageWeights) {
        int batch = query.dim(0);
        int t = query.dim(1);
        int s = key.dim(1);
        if (query.rank() != 3 || key.rank() != 3 || value.rank() != 3 || query.dim(2) != embedDim
                || key.dim(2) != embedDim || value.dim(2) != embedDim || key.dim(0) != batch
                || value.dim(0) != batch || value.dim(1) != s) {
            throw new IllegalArgumentException("multi-head attention: query " + Arrays.toString(query.shape())
                    + ", key " + Arrays.toString(key.shape()) + ", value " + Arrays.toString(value.shape())
                    + " must be [B, T, " + embedDim + "], [B, S, " + embedDim + "], [B, S, " + embedDim + "]");
        }
        Tensor q = splitHeads(project(query, 0), batch, t);
        Tensor k = splitHeads(project(key, 1), batch, s);
        Tensor v = splitHeads(project(value, 2), batch, s);
        Tensor mask = keyPaddingMask == null ? null : paddingMask(keyPaddingMask, batch, s);
        ScaledDotProductAttention.Result r = ScaledDotProductAttention.apply(q, k, v, mask,
                isTraining() ? dropout : 0f, rng);
        Tensor merged = r.output().permute(0, 2, 1, 3).reshape(batch, t, embedDim);
        Tensor out = outProj.forward(merged);
        Tensor w = averageWeights ? r.weights().mean(false, 1) : r.weights();
        return new AttentionResult(out, w);
    }

    /** Projection {@code part} (0 query, 1 key, 2 value) with its rows of the packed weights. */
    private Tensor project(Tensor x, int part) {
        int from = part * embedDim;
        Tensor w = inProjWeight.slice(0, from, from + embedDim);
        Tensor b = inProjBias.slice(0, from, from + embedDim);
        return LinearTransform.apply(x, w, b);
    }

    /** {@code [B, L, E] -> [B, h, L, d]}. */
    private Tensor splitHeads(Tensor x, int batch, int len) {
        return x.reshape(batch, len, heads, embedDim / heads).permute(0, 2, 1, 3);
    }

    private static Tensor paddingMask(boolean[][] pad, int batch, int s) {
        if (pad.length != batch) {
            throw new IllegalArgumentException("keyPaddingMask has " + pad.length + " rows, batch is " + batch);
        }
        Tensor m = Tensor.zeros(batch, 1, 1, s);
        for (int b = 0; b < batch; b++) {
            if (pad[b].length != s) {
                throw new IllegalArgumentException("keyPaddingMask row " + b + " has " + pad[b].length
                        + " entries, keys have " + s);
            }
            for (int j = 0; j < s; j++) {
                m.data()[b * s + j] = pad[b][j] ? Float.NEGATIVE_INFINITY : 0f;
            }
        }
        return m;
    }

    /** Embedding size {@code E}. */
    public int embedDim() {
        return embedDim;
    }

    /** Number of heads {@code h}. */
    public int heads() {
        return heads;
    }
}
