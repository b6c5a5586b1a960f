package io.github.ser4j.model.train;

/**
 * Training produced a NaN or infinite value: the loss, a gradient or a weight. The message
 * names the epoch and batch (both from 1) and the first non-finite quantity, e.g.
 * {@code "training diverged at epoch 2, batch 5: parameter '0.weight' is NaN after the
 * update (learning rate 1.0E9)"}. Usual causes: a learning rate far too high, unscaled
 * inputs, or non-finite features.
 */
public final class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int epoch;
    private final int batch;
    private final String quantity;

    /**
     * @param epoch    the epoch, from 1 (0 before training starts)
     * @param batch    the batch, from 1 (0 when not in a batch)
     * @param quantity what is non-finite, e.g. {@code "loss"} or {@code "parameter '0.weight'"}
     * @param detail   the value and circumstances
     */
    public TrainingDivergedException(int epoch, int batch, String quantity, String detail) {
        super("training diverged at epoch " + epoch + ", batch " + batch + ": " + quantity + " " + detail);
        this.epoch = epoch;
        this.batch = batch;
        this.quantity = quantity;
    }

    /** The epoch, from 1. */
    public int epoch() {
        return epoch;
    }

    /** The batch within the epoch, from 1. */
    public int batch() {
        return batch;
    }

    /** What was not finite, e.g. {@code "loss"} or {@code "parameter '0.weight'"}. */
    public String quantity() {
        return quantity;
    }
}
