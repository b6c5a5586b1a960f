package io.github.ser4j.nn.optim;

/**
 * Step decay, as {@code torch.optim.lr_scheduler.StepLR}: the rate is multiplied by
 * {@code gamma} every {@code stepSize} steps, {@code lr_t = lr_0 * gamma^floor(t / stepSize)},
 * where {@code lr_0} is the optimizer's rate at construction.
 */
public final class StepLr implements LrScheduler {
    private final Optimizer optimizer;
    private final double baseLr;
    private final int stepSize;
    private final double gamma;
    private int step;

    /** Decays {@code optimizer}'s current rate by {@code gamma} every {@code stepSize} steps. */
    public StepLr(Optimizer optimizer, int stepSize, double gamma) {
        if (stepSize < 1) {
            throw new IllegalArgumentException("stepSize must be >= 1, got " + stepSize);
        }
        if (!(gamma > 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma must be finite and > 0, got " + gamma);
        }
        this.optimizer = optimizer;
        this.baseLr = optimizer.learningRate();
        this.stepSize = stepSize;
        this.gamma = gamma;
    }

    @Override
    public void step() {
        step++;
        optimizer.setLearningRate(currentLr());
    }

    @Override
    public int stepCount() {
        return step;
    }

    @Override
    public double currentLr() {
        return baseLr * Math.pow(gamma, step / stepSize);
    }
}
