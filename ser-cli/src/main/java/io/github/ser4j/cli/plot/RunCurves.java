package io.github.ser4j.cli.plot;

import java.util.Objects;

/**
 * The per-epoch values of one training run (a fold or the final model) for
 * {@link TrainingCurvesPlot}. Epoch {@code e} (from 1) is index {@code e - 1}; an array may be
 * empty (the quantity was not measured, e.g. no validation part) or hold NaN for an epoch
 * without a value.
 *
 * @param name          the run's name in the legend, e.g. {@code "fold 2"}
 * @param trainLoss     mean training loss per epoch
 * @param valLoss       validation loss per epoch
 * @param trainAccuracy training accuracy per epoch, in [0, 1]
 * @param valUar        validation unweighted average recall per epoch, in [0, 1]
 * @param bestEpoch     the epoch whose weights were kept (from 1), marked on the plot; 0 for none
 */
public record RunCurves(String name, double[] trainLoss, double[] valLoss, double[] trainAccuracy, double[] valUar,
                        int bestEpoch) {
    /** Validates that nothing is null and copies the arrays. */
    public RunCurves {
        if (bestEpoch < 0) {
            throw new IllegalArgumentException("bestEpoch must be >= 0, got " + bestEpoch);
        }
        Objects.requireNonNull(name, "name");
        trainLoss = Objects.requireNonNull(trainLoss, "trainLoss").clone();
        valLoss = Objects.requireNonNull(valLoss, "valLoss").clone();
        trainAccuracy = Objects.requireNonNull(trainAccuracy, "trainAccuracy").clone();
        valUar = Objects.requireNonNull(valUar, "valUar").clone();
    }

    /** The number of epochs: the longest of the arrays. */
    public int epochs() {
        return Math.max(Math.max(trainLoss.length, valLoss.length), Math.max(trainAccuracy.length, valUar.length));
    }
}
