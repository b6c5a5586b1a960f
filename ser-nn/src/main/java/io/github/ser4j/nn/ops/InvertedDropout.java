package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.random.RandomGenerator;

/**
 * Dropout with inverted scaling (PyTorch's {@code F.dropout} in training): each element is
 * kept with probability {@code 1 - p} and scaled by {@code 1 / (1 - p)}, so the expected
 * output equals the input and evaluation needs no rescaling. The mask is drawn from the
 * given generator in row-major order. Backward: {@code dx = g * mask / (1 - p)}.
 */
public final class InvertedDropout extends Function {
    private final Tensor x;
    private final float[] mask;

    private InvertedDropout(Tensor x, float[] mask) {
        super(x);
        this.x = x;
        this.mask = mask;
    }

    /** Drops elements of {@code x} with probability {@code p} in {@code [0, 1)}. */
    public static Tensor apply(Tensor x, float p, RandomGenerator rng) {
        if (!(p >= 0f && p < 1f)) {
            throw new IllegalArgumentException("dropout: p must be in [0, 1), got " + p);
        }
        float scale = 1f / (1f - p);
        float[] mask = new float[x.numel()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = rng.nextFloat() >= p ? scale : 0f;
        }
        Tensor y = Tensor.zeros(x.shape());
        float[] xd = x.data();
        float[] yd = y.data();
        for (int i = 0; i < yd.length; i++) {
            yd[i] = xd[i] * mask[i];
        }
        return needsGrad(x) ? new InvertedDropout(x, mask).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        float[] gx = x.gradOrAllocate();
        for (int i = 0; i < g.length; i++) {
            gx[i] += g[i] * mask[i];
        }
    }
}
