package io.github.ser4j.model.experiment;

import io.github.ser4j.data.features.ExtractionListener;
import io.github.ser4j.model.train.TrainingListener;

/**
 * Receives an {@link Experiment}'s progress, e.g. to print stages and draw progress bars.
 * Every method does nothing by default.
 */
public interface ExperimentListener {
    /** A listener that ignores everything. */
    ExperimentListener NONE = new ExperimentListener() {
    };

    /** A stage begins, e.g. {@code "reading corpora"}, described in one line. */
    default void onStage(String message) {
    }

    /** A listener for the feature extraction about to start, described by {@code what}. */
    default ExtractionListener extraction(String what) {
        return ExtractionListener.NONE;
    }

    /**
     * A training run begins.
     *
     * @param run        its name, e.g. {@code "fold 2/5"} or {@code "final model"}
     * @param train      training examples
     * @param validation validation utterances
     * @param maxEpochs  epochs configured
     * @return the listener for this run's batches and epochs
     */
    default TrainingListener training(String run, int train, int validation, int maxEpochs) {
        return TrainingListener.NONE;
    }

    /** A fold is trained and tested. */
    default void onFold(FoldResult fold, int folds) {
    }
}
