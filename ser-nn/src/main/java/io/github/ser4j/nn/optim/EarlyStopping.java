package io.github.ser4j.nn.optim;

/**
 * Stops training when a monitored metric has not improved for {@code patience} epochs, with
 * the semantics of Keras' {@code EarlyStopping} callback (used by the seed projects).
 *
 * <p>Call {@link #update(double)} once per epoch (epochs numbered from 0). An epoch improves
 * if its value beats the best so far by more than {@code minDelta}, strictly:
 * {@code v + minDelta < best} in min mode, {@code v - minDelta > best} in max mode (Keras
 * negates min_delta for min mode and tests {@code v - min_delta < best}, the same thing).
 * Every epoch increments a wait counter; an improvement records the epoch as the best one
 * and resets the counter (only if it also
 * beats the baseline, when one is set). Training should stop once
 * {@code wait >= patience} at an epoch after the first. {@link #bestEpoch()} tells which
 * epoch's weights to restore ({@code restore_best_weights}); {@link #improved()} tells the
 * caller when to snapshot them.
 */
public final class EarlyStopping {
    private final EarlyStoppingConfig config;
    private double best;
    private int bestEpoch = -1;
    private int wait;
    private int epoch = -1;
    private int stoppedEpoch = -1;
    private boolean improved;

    /** A fresh monitor. */
    public EarlyStopping(EarlyStoppingConfig config) {
        this.config = config;
        this.best = config.mode() == MetricMode.MIN ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    /** Records the next epoch's value; returns true when training should stop after this epoch. */
    public boolean update(double value) {
        epoch++;
        wait++;
        improved = isImprovement(value, best);
        if (improved) {
            best = value;
            bestEpoch = epoch;
            if (Double.isNaN(config.baseline()) || isImprovement(value, config.baseline())) {
                wait = 0;
            }
        }
        if (wait >= config.patience() && epoch > 0 && stoppedEpoch < 0) {
            stoppedEpoch = epoch;
        }
        return stoppedEpoch >= 0;
    }

    private boolean isImprovement(double value, double reference) {
        if (config.mode() == MetricMode.MIN) {
            return value + config.minDelta() < reference;
        }
        return value - config.minDelta() > reference;
    }

    /** Whether the last recorded epoch improved on the best (snapshot the weights now). */
    public boolean improved() {
        return improved;
    }

    /** Whether training should stop. */
    public boolean shouldStop() {
        return stoppedEpoch >= 0;
    }

    /** The epoch (from 0) with the best value, or -1 before any improvement. */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** The best value seen (infinite before the first improvement). */
    public double bestValue() {
        return best;
    }

    /** The epoch at which stopping was first signalled, or -1. */
    public int stoppedEpoch() {
        return stoppedEpoch;
    }

    /** Epochs since the last improvement that reset the counter. */
    public int epochsWithoutImprovement() {
        return wait;
    }
}
