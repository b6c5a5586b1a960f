package io.github.ser4j.nn.optim;

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
}
