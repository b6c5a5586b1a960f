package io.github.ser4j.model.train;

import io.github.ser4j.nn.layers.Module;

import java.util.List;

/**
 * The outcome of {@link Trainer#fit}: the trained network (with the best epoch's weights when
 * so configured), the feature scaling fitted on the training part, and the history.
 *
 * @param model   the trained network, in evaluation mode
 * @param scaler  the scaling to apply to every input of this network
 * @param history per-epoch figures, best epoch and why training stopped
 */
public record TrainingResult(Module model, FeatureScaler scaler, History history) {
    /**
     * Scores the network on unscaled examples (e.g. the test part): scales them with
     * {@link #scaler()} and runs {@link Evaluation#of} in batches of 64.
     *
     * @param labels class names for the report, or null for {@code "0", "1", ...}
     */
    public Evaluation evaluate(FeatureDataset data, List<String> labels) {
        return Evaluation.of(model, scaler.apply(data), 64, labels);
    }
}
