package io.github.ser4j.model.train;

import io.github.ser4j.nn.layers.Module;

/**
 * The outcome of {@link Trainer#fit}: the trained network (with the best epoch's weights when
 * so configured), the feature scaling fitted on the training part, and the history.
 *
 * @param model   the trained network, in evaluation mode
 * @param scaler  the scaling to apply to every input of this network
 * @param history per-epoch figures, best epoch and why training stopped
 */
public record TrainingResult(Module model, FeatureScaler scaler, History history) {
}
