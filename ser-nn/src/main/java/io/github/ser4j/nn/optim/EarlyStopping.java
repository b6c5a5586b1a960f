package io.github.ser4j.nn.optim;

import io.github.ser4j.nn.io.NpyArray;
import io.github.ser4j.nn.io.StateMismatchException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

    /** The monitor's state ({@code best}, {@code best_epoch}, {@code wait}, {@code epoch}, {@code stopped_epoch}), for a checkpoint. */
    public Map<String, NpyArray> stateDict() {
        Map<String, NpyArray> s = new LinkedHashMap<>();
        s.put("best", Optimizer.scalar(best));
        s.put("best_epoch", NpyArray.ofLongs(new long[] {bestEpoch}));
        s.put("wait", NpyArray.ofLongs(new long[] {wait}));
        s.put("epoch", NpyArray.ofLongs(new long[] {epoch}));
        s.put("stopped_epoch", NpyArray.ofLongs(new long[] {stoppedEpoch}));
        return s;
    }

    /** Restores a state from {@link #stateDict()}. */
    public void loadStateDict(Map<String, NpyArray> state) throws StateMismatchException {
        Optimizer.rejectUnexpected(state, Set.of("best", "best_epoch", "wait", "epoch", "stopped_epoch"));
        double b = Optimizer.scalar(state, "best");
        long[] v = {Optimizer.count(state, "best_epoch"), Optimizer.count(state, "wait"), Optimizer.count(state, "epoch"),
                Optimizer.count(state, "stopped_epoch")};
        for (long x : v) {
            if (x < -1 || x > Integer.MAX_VALUE) {
                throw new StateMismatchException("early-stopping state", "epoch", "counter out of range: " + x);
            }
        }
        best = b;
        bestEpoch = (int) v[0];
        wait = (int) v[1];
        epoch = (int) v[2];
        stoppedEpoch = (int) v[3];
    }
}
