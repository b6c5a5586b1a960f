package io.github.ser4j.nn.optim;

/**
 * Settings of {@link ReduceLrOnPlateau}, as {@code torch.optim.lr_scheduler.ReduceLROnPlateau}.
 *
 * @param mode              whether the metric should go down ({@link MetricMode#MIN}) or up
 * @param factor            multiplier applied to the rate on a plateau, in (0, 1)
 * @param patience          epochs without improvement tolerated before reducing, {@code >= 0}
 * @param threshold         how much better a value must be to count as an improvement, {@code >= 0}
 * @param relativeThreshold true: better than {@code best * (1 -+ threshold)} (PyTorch 'rel');
 *                          false: better than {@code best -+ threshold} ('abs')
 * @param cooldown          epochs after a reduction during which bad epochs are not counted, {@code >= 0}
 * @param minLr             lower bound on the rate, {@code >= 0}
 * @param eps               reductions smaller than this are skipped, {@code >= 0}
 */
public record PlateauConfig(MetricMode mode, double factor, int patience, double threshold,
                            boolean relativeThreshold, int cooldown, double minLr, double eps) {
    /** Validates every field. */
    public PlateauConfig {
        if (mode == null) {
            throw new IllegalArgumentException("mode must not be null");
        }
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("factor must be in (0, 1), got " + factor);
        }
        if (patience < 0 || cooldown < 0) {
            throw new IllegalArgumentException("patience and cooldown must be >= 0, got " + patience + ", " + cooldown);
        }
        Optimizer.checkRate("threshold", threshold);
        Optimizer.checkRate("minLr", minLr);
        Optimizer.checkRate("eps", eps);
    }

    /** PyTorch's defaults: factor .1, patience 10, threshold 1e-4 relative, no cooldown, minLr 0, eps 1e-8. */
    public static PlateauConfig of(MetricMode mode) {
        return new PlateauConfig(mode, 0.1, 10, 1e-4, true, 0, 0, 1e-8);
    }

    /** A copy with another factor, patience and minimum rate. */
    public PlateauConfig with(double factor, int patience, double minLr) {
        return new PlateauConfig(mode, factor, patience, threshold, relativeThreshold, cooldown, minLr, eps);
    }
}
