package io.github.ser4j.model.train;

import io.github.ser4j.nn.optim.MetricMode;

/**
 * The validation metric that early stopping and the plateau schedule watch, and by which
 * the best checkpoint is chosen.
 */
public enum Monitor {
    /** Validation unweighted average recall: higher is better. */
    VAL_UAR(MetricMode.MAX),
    /** Validation cross-entropy: lower is better. */
    VAL_LOSS(MetricMode.MIN);

    private final MetricMode mode;

    Monitor(MetricMode mode) {
        this.mode = mode;
    }

    /** Whether the metric improves by going up or down. */
    public MetricMode mode() {
        return mode;
    }

    /** This metric's value in {@code m}. */
    public double read(EpochMetrics m) {
        return this == VAL_UAR ? m.valUar() : m.valLoss();
    }
}
