package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.BatchNormKernels;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * Batch normalisation (PyTorch's {@code F.batch_norm}) over {@code x [N, C]},
 * {@code [N, C, L]} or {@code [N, C, H, W]}: channel {@code c} is normalised over all its
 * {@code M = N * L} (or {@code N * H * W}) values.
 *
 * <p>Training: the batch mean and the <em>biased</em> variance (divided by M) normalise;
 * the running statistics are updated in place as PyTorch does, with the <em>unbiased</em>
 * variance (divided by M - 1): {@code running = (1 - momentum) running + momentum batch}.
 * Evaluation: the running statistics normalise and nothing is updated.
 */
public final class BatchNormalization extends Function {
    private final Tensor x;
    private final Tensor gamma;
    private final Tensor beta;
    private final float[] mean;
    private final float[] invStd;
    private final boolean training;

    private BatchNormalization(Tensor x, Tensor gamma, Tensor beta, float[] mean, float[] invStd, boolean training) {
        super(x, gamma, beta);
        this.x = x;
        this.gamma = gamma;
        this.beta = beta;
        this.mean = mean;
        this.invStd = invStd;
        this.training = training;
    }

    /**
     * Normalises {@code x}. {@code gamma}/{@code beta} ({@code [C]}) may be null (no affine);
     * {@code runningMean}/{@code runningVar} ({@code [C]}) are read in evaluation and updated
     * in training (they may be null in training only).
     */
    public static Tensor apply(Tensor x, Tensor gamma, Tensor beta, Tensor runningMean, Tensor runningVar,
                               boolean training, float momentum, float eps) {
        if (x.rank() < 2) {
            throw new IllegalArgumentException("batch_norm: input " + Arrays.toString(x.shape())
                    + " must be [batch, channels, ...]");
        }
        int n = x.dim(0);
        int c = x.dim(1);
        int spatial = c == 0 || n == 0 ? 0 : x.numel() / (n * c);
        for (Tensor t : new Tensor[] {gamma, beta, runningMean, runningVar}) {
            if (t != null && t.numel() != c) {
                throw new IllegalArgumentException("batch_norm: parameter " + Arrays.toString(t.shape())
                        + " does not match " + c + " channels (axis 1) of input " + Arrays.toString(x.shape()));
            }
        }
        float[] mean = new float[c];
        float[] invStd = new float[c];
        if (training) {
            long m = (long) n * spatial;
            if (m <= 1) {
                throw new IllegalArgumentException("batch_norm: training needs more than one value per channel, input "
                        + Arrays.toString(x.shape()));
            }
            float[] var = new float[c];
            BatchNormKernels.statistics(x.data(), n, c, spatial, mean, var);
            for (int i = 0; i < c; i++) {
                invStd[i] = (float) (1.0 / Math.sqrt(var[i] + (double) eps));
            }
            if (runningMean != null && runningVar != null) {
                float[] rm = runningMean.data();
                float[] rv = runningVar.data();
                double unbias = (double) m / (m - 1);
                for (int i = 0; i < c; i++) {
                    rm[i] = (1 - momentum) * rm[i] + momentum * mean[i];
                    rv[i] = (float) ((1 - momentum) * rv[i] + momentum * var[i] * unbias);
                }
            }
        } else {
            if (runningMean == null || runningVar == null) {
                throw new IllegalArgumentException("batch_norm: evaluation needs running statistics");
            }
            System.arraycopy(runningMean.data(), 0, mean, 0, c);
            for (int i = 0; i < c; i++) {
                invStd[i] = (float) (1.0 / Math.sqrt(runningVar.data()[i] + (double) eps));
            }
        }
        Tensor y = Tensor.zeros(x.shape());
        BatchNormKernels.normalize(x.data(), n, c, spatial, mean, invStd, gamma == null ? null : gamma.data(),
                beta == null ? null : beta.data(), y.data());
        return needsGrad(x, gamma, beta) ? new BatchNormalization(x, gamma, beta, mean, invStd, training).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        int n = x.dim(0);
        int c = x.dim(1);
        int spatial = x.numel() / (n * c);
        BatchNormKernels.backward(x.data(), g, n, c, spatial, mean, invStd, gamma == null ? null : gamma.data(),
                training, x.requiresGrad() ? x.gradOrAllocate() : null,
                gamma != null && gamma.requiresGrad() ? gamma.gradOrAllocate() : null,
                beta != null && beta.requiresGrad() ? beta.gradOrAllocate() : null);
    }
}
