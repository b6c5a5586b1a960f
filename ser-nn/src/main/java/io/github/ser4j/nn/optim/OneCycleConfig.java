package io.github.ser4j.nn.optim;

/**
 * Settings of {@link OneCycleLr}, as the arguments of {@code torch.optim.lr_scheduler.OneCycleLR}.
 *
 * @param maxLr          peak learning rate, finite and {@code > 0}
 * @param totalSteps     number of steps in the cycle, {@code >= 2}
 * @param pctStart       fraction of the cycle spent rising to {@code maxLr}, in (0, 1)
 * @param cosine         cosine annealing between phase end points (PyTorch's 'cos'); false for linear
 * @param divFactor      initial rate is {@code maxLr / divFactor}, {@code > 0}
 * @param finalDivFactor final rate is {@code initial / finalDivFactor}, {@code > 0}
 * @param cycleMomentum  whether the momentum (SGD momentum, Adam beta1) cycles inversely to the rate
 * @param baseMomentum   momentum at the peak rate, in [0, 1)
 * @param maxMomentum    momentum at the start and end, in [0, 1), {@code >= baseMomentum}
 * @param threePhase     PyTorch's three_phase: rise, symmetric fall to the initial rate, then annihilation
 */
public record OneCycleConfig(double maxLr, int totalSteps, double pctStart, boolean cosine, double divFactor,
                             double finalDivFactor, boolean cycleMomentum, double baseMomentum,
                             double maxMomentum, boolean threePhase) {
    /** Validates every field. */
    public OneCycleConfig {
        if (!(maxLr > 0) || Double.isInfinite(maxLr)) {
            throw new IllegalArgumentException("maxLr must be finite and > 0, got " + maxLr);
        }
        if (totalSteps < 2) {
            throw new IllegalArgumentException("totalSteps must be >= 2, got " + totalSteps);
        }
        if (!(pctStart > 0 && pctStart < 1)) {
            throw new IllegalArgumentException("pctStart must be in (0, 1), got " + pctStart);
        }
        if (!(divFactor > 0) || !(finalDivFactor > 0)) {
            throw new IllegalArgumentException("divFactor and finalDivFactor must be > 0, got "
                    + divFactor + ", " + finalDivFactor);
        }
        Optimizer.checkUnit("baseMomentum", baseMomentum);
        Optimizer.checkUnit("maxMomentum", maxMomentum);
        if (baseMomentum > maxMomentum) {
            throw new IllegalArgumentException("baseMomentum " + baseMomentum + " exceeds maxMomentum " + maxMomentum);
        }
    }

    /** PyTorch's defaults: pct_start .3, cos, div_factor 25, final_div_factor 1e4, momentum .85-.95, two phases. */
    public static OneCycleConfig of(double maxLr, int totalSteps) {
        return new OneCycleConfig(maxLr, totalSteps, 0.3, true, 25, 1e4, true, 0.85, 0.95, false);
    }
}
