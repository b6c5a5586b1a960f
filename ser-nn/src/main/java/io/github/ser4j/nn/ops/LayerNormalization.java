package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.LayerNormKernels;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * Layer normalisation (PyTorch's {@code F.layer_norm}) over the trailing {@code d} values:
 * {@code x [..., d]} is normalised per row with the row's mean and biased variance, then
 * scaled by {@code gamma [d]} and shifted by {@code beta [d]} (both optional). The
 * statistics of each sample are its own, so training and evaluation behave the same.
 */
public final class LayerNormalization extends Function {
    private final Tensor x;
    private final Tensor gamma;
    private final Tensor beta;
    private final int d;
    private final float[] mean;
    private final float[] invStd;

    private LayerNormalization(Tensor x, Tensor gamma, Tensor beta, int d, float[] mean, float[] invStd) {
        super(x, gamma, beta);
        this.x = x;
        this.gamma = gamma;
        this.beta = beta;
        this.d = d;
        this.mean = mean;
        this.invStd = invStd;
    }

    /** Normalises the last {@code d} elements of each row of {@code x}. */
    public static Tensor apply(Tensor x, int d, Tensor gamma, Tensor beta, float eps) {
        if (d < 1 || x.numel() % d != 0 || x.rank() < 1) {
            throw new IllegalArgumentException("layer_norm: normalised size " + d + " does not divide input "
                    + Arrays.toString(x.shape()));
        }
        for (Tensor t : new Tensor[] {gamma, beta}) {
            if (t != null && t.numel() != d) {
                throw new IllegalArgumentException("layer_norm: parameter " + Arrays.toString(t.shape())
                        + " does not match normalised size " + d);
            }
        }
        int rows = x.numel() / d;
        float[] mean = new float[rows];
        float[] invStd = new float[rows];
        Tensor y = Tensor.zeros(x.shape());
        LayerNormKernels.forward(x.data(), y.data(), rows, d, gamma == null ? null : gamma.data(),
                beta == null ? null : beta.data(), eps, mean, invStd);
        return needsGrad(x, gamma, beta) ? new LayerNormalization(x, gamma, beta, d, mean, invStd).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        LayerNormKernels.backward(x.data(), g, mean.length, d, gamma == null ? null : gamma.data(), mean, invStd,
                x.requiresGrad() ? x.gradOrAllocate() : null,
                gamma != null && gamma.requiresGrad() ? gamma.gradOrAllocate() : null,
                beta != null && beta.requiresGrad() ? beta.gradOrAllocate() : null);
    }
}
