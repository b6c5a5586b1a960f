package io.github.ser4j.model.train;

/**
 * Receives a {@link Trainer}'s progress, e.g. to draw a progress bar or log a line per
 * epoch. Both methods are called on the training thread; both do nothing by default.
 */
public interface TrainingListener {
    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };

    /**
     * After each mini-batch.
     *
     * @param epoch   the epoch, from 1
     * @param batch   the batch, from 1
     * @param batches batches in the epoch
     * @param loss    this batch's loss
     */
    default void onBatch(int epoch, int batch, int batches, double loss) {
    }

    /**
     * After each epoch's validation.
     *
     * @param metrics   the epoch's figures
     * @param maxEpochs the configured number of epochs (training may stop earlier)
     */
    default void onEpoch(EpochMetrics metrics, int maxEpochs) {
    }
}
