package io.github.ser4j.nn.optim;

import io.github.ser4j.nn.io.NpyArray;
import io.github.ser4j.nn.io.StateMismatchException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reduces the learning rate when a monitored metric stops improving, as
 * {@code torch.optim.lr_scheduler.ReduceLROnPlateau}.
 *
 * <p>After each epoch, {@link #step(double)} compares the metric with the best seen so far.
 * A value is better if it beats the best by the threshold (relative:
 * {@code v < best * (1 - threshold)} in min mode, {@code v > best * (1 + threshold)} in max
 * mode; absolute: {@code v < best - threshold} / {@code v > best + threshold}). Each
 * non-improving epoch counts as bad; when the count exceeds {@code patience} the rate
 * becomes {@code max(lr * factor, minLr)} (skipped if that changes it by less than eps),
 * the count resets, and for {@code cooldown} epochs bad epochs are not counted.
 */
public final class ReduceLrOnPlateau {
    private final Optimizer optimizer;
    private final PlateauConfig config;
    private double best;
    private int badEpochs;
    private int cooldownLeft;
    private int epochs;

    /** Monitors for {@code optimizer} with the given settings. */
    public ReduceLrOnPlateau(Optimizer optimizer, PlateauConfig config) {
        this.optimizer = optimizer;
        this.config = config;
        this.best = config.mode() == MetricMode.MIN ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    /** Records the metric of one epoch and reduces the rate if the plateau has lasted too long; returns true if it did. */
    public boolean step(double metric) {
        epochs++;
        if (isBetter(metric)) {
            best = metric;
            badEpochs = 0;
        } else {
            badEpochs++;
        }
        if (cooldownLeft > 0) {
            cooldownLeft--;
            badEpochs = 0;
        }
        boolean reduced = false;
        if (badEpochs > config.patience()) {
            double old = optimizer.learningRate();
            double next = Math.max(old * config.factor(), config.minLr());
            if (old - next > config.eps()) {
                optimizer.setLearningRate(next);
                reduced = true;
            }
            cooldownLeft = config.cooldown();
            badEpochs = 0;
        }
        return reduced;
    }

    private boolean isBetter(double v) {
        double t = config.threshold();
        if (config.mode() == MetricMode.MIN) {
            return config.relativeThreshold() ? v < best * (1 - t) : v < best - t;
        }
        return config.relativeThreshold() ? v > best * (1 + t) : v > best + t;
    }

    /** The best metric seen so far (infinite before the first step). */
    public double best() {
        return best;
    }

    /** Consecutive epochs without improvement counted towards the patience. */
    public int badEpochs() {
        return badEpochs;
    }

    /** Number of epochs recorded. */
    public int epochs() {
        return epochs;
    }

    /** The monitor's state ({@code best}, {@code bad_epochs}, {@code cooldown_left}, {@code epochs}), for a checkpoint. */
    public Map<String, NpyArray> stateDict() {
        Map<String, NpyArray> s = new LinkedHashMap<>();
        s.put("best", Optimizer.scalar(best));
        s.put("bad_epochs", NpyArray.ofLongs(new long[] {badEpochs}));
        s.put("cooldown_left", NpyArray.ofLongs(new long[] {cooldownLeft}));
        s.put("epochs", NpyArray.ofLongs(new long[] {epochs}));
        return s;
    }

    /** Restores a state from {@link #stateDict()}; the optimizer's rate is restored with the optimizer. */
    public void loadStateDict(Map<String, NpyArray> state) throws StateMismatchException {
        Optimizer.rejectUnexpected(state, Set.of("best", "bad_epochs", "cooldown_left", "epochs"));
        double b = Optimizer.scalar(state, "best");
        long bad = Optimizer.count(state, "bad_epochs");
        long cool = Optimizer.count(state, "cooldown_left");
        long ep = Optimizer.count(state, "epochs");
        if (bad < 0 || cool < 0 || ep < 0 || Math.max(bad, Math.max(cool, ep)) > Integer.MAX_VALUE) {
            throw new StateMismatchException("plateau state", "epochs", "negative or too large counters");
        }
        best = b;
        badEpochs = (int) bad;
        cooldownLeft = (int) cool;
        epochs = (int) ep;
    }
}
