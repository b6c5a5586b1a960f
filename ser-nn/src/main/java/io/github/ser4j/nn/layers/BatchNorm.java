package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.ops.BatchNormalization;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * Shared body of {@link BatchNorm1d} and {@link BatchNorm2d}, as PyTorch's
 * {@code _BatchNorm}: parameters {@code weight} (ones) and {@code bias} (zeros), buffers
 * {@code running_mean} (zeros), {@code running_var} (ones) and {@code num_batches_tracked}
 * (a count, stored as a one-element float tensor). Training normalises with batch
 * statistics and updates the running ones (momentum 0.1 by default); evaluation uses the
 * running ones.
 */
public abstract class BatchNorm extends Module {
    private final int channels;
    private final float momentum;
    private final float eps;
    private final Tensor weight;
    private final Tensor bias;
    private final Tensor runningMean;
    private final Tensor runningVar;
    private final Tensor numBatchesTracked;

    BatchNorm(int channels, float momentum, float eps) {
        if (channels < 1) {
            throw new IllegalArgumentException("channels must be >= 1, got " + channels);
        }
        if (!(momentum >= 0f && momentum <= 1f)) {
            throw new IllegalArgumentException("momentum must be in [0, 1], got " + momentum);
        }
        if (!(eps > 0f)) {
            throw new IllegalArgumentException("eps must be > 0, got " + eps);
        }
        this.channels = channels;
        this.momentum = momentum;
        this.eps = eps;
        this.weight = registerParameter("weight", Tensor.ones(channels));
        this.bias = registerParameter("bias", Tensor.zeros(channels));
        this.runningMean = registerBuffer("running_mean", Tensor.zeros(channels));
        this.runningVar = registerBuffer("running_var", Tensor.ones(channels));
        this.numBatchesTracked = registerBuffer("num_batches_tracked", Tensor.zeros());
    }

    /** Checks the input rank for the concrete layer. */
    abstract void checkInput(Tensor input);

    @Override
    public Tensor forward(Tensor input) {
        checkInput(input);
        if (isTraining()) {
            numBatchesTracked.data()[0] += 1f;
        }
        return BatchNormalization.apply(input, weight, bias, runningMean, runningVar, isTraining(), momentum, eps);
    }

    /** Number of channels. */
    public int channels() {
        return channels;
    }

    /** The running mean buffer. */
    public Tensor runningMean() {
        return runningMean;
    }

    /** The running (unbiased) variance buffer. */
    public Tensor runningVar() {
        return runningVar;
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
