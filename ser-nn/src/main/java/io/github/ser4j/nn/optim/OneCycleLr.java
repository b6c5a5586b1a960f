package io.github.ser4j.nn.optim;

/**
 * The one-cycle policy (Smith and Topin, 2018), as {@code torch.optim.lr_scheduler.OneCycleLR}.
 *
 * <p>The rate rises from {@code initial = maxLr / divFactor} to {@code maxLr} over the first
 * {@code pctStart} of the steps, then falls to {@code initial / finalDivFactor} at the last
 * step; meanwhile the momentum (SGD's momentum or Adam's beta1) moves the opposite way,
 * from {@code maxMomentum} down to {@code baseMomentum} and back. Within each phase the
 * value at fraction {@code pct} of the phase is, for cosine annealing,
 * {@code end + (start - end) * (1 + cos(pi * pct)) / 2}. Phase boundaries are at steps
 * {@code pctStart * totalSteps - 1} and {@code totalSteps - 1} (with three phases,
 * {@code 2 * pctStart * totalSteps - 2} in between), exactly where PyTorch puts them.
 *
 * <p>Construction sets the optimizer to the step-0 values; call {@link #step()} after each
 * optimizer step, at most {@code totalSteps} times.
 */
public final class OneCycleLr implements LrScheduler {
    private final Optimizer optimizer;
    private final OneCycleConfig config;
    private final double[][] phases; // {endStep, startLr, endLr, startMomentum, endMomentum}
    private int step;

    /** Starts the cycle, setting {@code optimizer}'s rate (and momentum) for step 0. */
    public OneCycleLr(Optimizer optimizer, OneCycleConfig config) {
        this.optimizer = optimizer;
        this.config = config;
        double initial = config.maxLr() / config.divFactor();
        double min = initial / config.finalDivFactor();
        double n = config.totalSteps();
        double lo = config.baseMomentum();
        double hi = config.maxMomentum();
        if (config.threePhase()) {
            phases = new double[][]{
                    {config.pctStart() * n - 1, initial, config.maxLr(), hi, lo},
                    {2 * config.pctStart() * n - 2, config.maxLr(), initial, lo, hi},
                    {n - 1, initial, min, hi, hi}};
        } else {
            phases = new double[][]{
                    {config.pctStart() * n - 1, initial, config.maxLr(), hi, lo},
                    {n - 1, config.maxLr(), min, lo, hi}};
        }
        apply();
    }

    @Override
    public void step() {
        if (step + 1 > config.totalSteps()) {
            throw new IllegalStateException("OneCycleLr stepped " + (step + 1) + " times, more than totalSteps "
                    + config.totalSteps());
        }
        step++;
        apply();
    }

    private void apply() {
        optimizer.setLearningRate(currentLr());
        if (config.cycleMomentum()) {
            optimizer.setMomentum(currentMomentum());
        }
    }

    @Override
    public int stepCount() {
        return step;
    }

    @Override
    public double currentLr() {
        return value(1);
    }

    /** The momentum (or beta1) this schedule prescribes for the current step. */
    public double currentMomentum() {
        return value(3);
    }

    private double value(int column) {
        double start = 0;
        for (int i = 0; i < phases.length; i++) {
            double end = phases[i][0];
            if (step <= end || i == phases.length - 1) {
                double pct = (step - start) / (end - start);
                return anneal(phases[i][column], phases[i][column + 1], pct);
            }
            start = end;
        }
        throw new AssertionError("unreachable");
    }

    private double anneal(double from, double to, double pct) {
        if (config.cosine()) {
            return to + (from - to) / 2 * (Math.cos(Math.PI * pct) + 1);
        }
        return (to - from) * pct + from;
    }
}
