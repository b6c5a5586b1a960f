package io.github.ser4j.model.experiment;

import io.github.ser4j.model.bundle.ModelBundle;
import java.util.Objects;

/**
 * What an {@link Experiment} returns: its report and the model to keep (trained on all the
 * data after k-fold or leave-one-speaker-out; the fold's model after a hold-out or a
 * cross-corpus run, so that the reported score is the saved model's).
 *
 * @param report the figures
 * @param bundle the model with its recipe, scaler and labels, ready to save
 */
public record ExperimentResult(ExperimentReport report, ModelBundle bundle) {
    /** Validates. */
    public ExperimentResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(bundle, "bundle");
    }
}
