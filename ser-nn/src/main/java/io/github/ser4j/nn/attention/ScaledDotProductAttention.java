package io.github.ser4j.nn.attention;

import io.github.ser4j.nn.ops.InvertedDropout;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Scaled dot-product attention (Vaswani et al., 2017), composed from differentiable ops:
 * <pre>
 *   weights = softmax(q k^T / sqrt(d) + mask)        [..., T, S]
 *   output  = weights v                              [..., T, d]
 * </pre>
 * for queries {@code q [..., T, d]}, keys {@code k [..., S, d]} and values {@code v [..., S, d]}
 * with the same leading (batch, head) axes. Each query position gets a convex combination
 * of the values, weighted by how well its query matches each key. Dividing by
 * {@code sqrt(d)} keeps the dot products' variance near 1 whatever the head size, so the
 * softmax does not saturate. The additive {@code mask} (broadcastable to {@code [..., T, S]})
 * holds 0 where attention is allowed and {@code -infinity} where it is not; PyTorch scales
 * {@code q} before the product, and so does this.
 */
public final class ScaledDotProductAttention {
    /** The attended values {@code [..., T, d]} and the attention weights {@code [..., T, S]}. */
    public record Result(Tensor output, Tensor weights) {
    }

    private ScaledDotProductAttention() {
    }

    /**
     * Attends {@code q} over {@code k}/{@code v}; {@code mask} is an additive mask or null;
     * {@code dropout > 0} drops attention weights (masks drawn from {@code rng}) before they
     * weight the values. The returned weights are those before dropout (PyTorch 1.13 returns
     * them after), so they can be read as the model's attention.
     */
    public static Result apply(Tensor q, Tensor k, Tensor v, Tensor mask, float dropout, RandomGenerator rng) {
        if (q.rank() < 2 || k.rank() != q.rank() || v.rank() != q.rank() || q.dim(-1) != k.dim(-1)
                || k.dim(-2) != v.dim(-2)) {
            throw new IllegalArgumentException("attention: q " + Arrays.toString(q.shape()) + ", k "
                    + Arrays.toString(k.shape()) + ", v " + Arrays.toString(v.shape())
                    + " must be [..., T, d], [..., S, d], [..., S, dv]");
        }
        int d = q.dim(-1);
        Tensor scores = q.mul((float) (1 / Math.sqrt(d))).matmul(k.transpose(-2, -1));
        if (mask != null) {
            scores = scores.add(mask);
        }
        Tensor weights = scores.softmax(-1);
        Tensor used = dropout > 0 ? InvertedDropout.apply(weights, dropout, rng) : weights;
        return new Result(used.matmul(v), weights);
    }
}
