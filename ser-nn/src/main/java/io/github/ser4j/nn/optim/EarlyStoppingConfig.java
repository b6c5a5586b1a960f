package io.github.ser4j.nn.optim;

/**
 * Settings of {@link EarlyStopping}, as the arguments of Keras' {@code EarlyStopping} callback.
 *
 * @param mode     whether the monitored value should go down or up
 * @param minDelta smallest change that counts as an improvement, {@code >= 0}
 * @param patience epochs without improvement after which training stops, {@code >= 0}
 * @param baseline a value the metric must beat for the patience counter to reset; NaN for none
 */
public record EarlyStoppingConfig(MetricMode mode, double minDelta, int patience, double baseline) {
    /** Validates every field. */
    public EarlyStoppingConfig {
        if (mode == null) {
            throw new IllegalArgumentException("mode must not be null");
        }
        Optimizer.checkRate("minDelta", minDelta);
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be >= 0, got " + patience);
        }
        if (Double.isInfinite(baseline)) {
            throw new IllegalArgumentException("baseline must be finite or NaN, got " + baseline);
        }
    }

    /** Keras' defaults (min_delta 0, no baseline) with the given mode and patience. */
    public static EarlyStoppingConfig of(MetricMode mode, int patience) {
        return new EarlyStoppingConfig(mode, 0, patience, Double.NaN);
    }
}
