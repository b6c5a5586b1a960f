package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.ops.LayerNormalization;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/** Layer normalisation over the last axis, as {@code nn.LayerNorm(d)}: {@code weight} ones, {@code bias} zeros. */
public final class LayerNorm extends Module {
    private final int size;
    private final float eps;
    private final Tensor weight;
    private final Tensor bias;

    /** Normalises the last axis of size {@code size}; PyTorch's eps 1e-5. */
    public LayerNorm(int size) {
        this(size, 1e-5f);
    }

    /** With explicit eps. */
    public LayerNorm(int size, float eps) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, got " + size);
        }
        this.size = size;
        this.eps = eps;
        this.weight = registerParameter("weight", Tensor.ones(size));
        this.bias = registerParameter("bias", Tensor.zeros(size));
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input.rank() < 1 || input.dim(-1) != size) {
            throw new IllegalArgumentException("LayerNorm: input " + Arrays.toString(input.shape())
                    + " must end in axis of size " + size);
        }
        return LayerNormalization.apply(input, size, weight, bias, eps);
    }

    /** The scale {@code gamma}. */
    public Tensor weight() {
        return weight;
    }

    /** The shift {@code beta}. */
    public Tensor bias() {
        return bias;
    }
}
