package io.github.ser4j.nn.optim;

/**
 * Cosine annealing without restarts, as {@code torch.optim.lr_scheduler.CosineAnnealingLR}:
 * <pre>
 *   lr_t = etaMin + (lr_0 - etaMin) * (1 + cos(pi * t / tMax)) / 2
 * </pre>
 * falling from the optimizer's rate at construction ({@code lr_0}) to {@code etaMin} at
 * {@code t = tMax}. Past {@code tMax} the cosine continues and the rate rises again, as
 * PyTorch's does. PyTorch evaluates the same curve through a recursive update; this class
 * uses the closed form above, which agrees to rounding.
 */
public final class CosineAnnealingLr implements LrScheduler {
    private final Optimizer optimizer;
    private final double baseLr;
    private final int tMax;
    private final double etaMin;
    private int step;

    /** Anneals {@code optimizer}'s current rate to {@code etaMin} over {@code tMax} steps. */
    public CosineAnnealingLr(Optimizer optimizer, int tMax, double etaMin) {
        if (tMax < 1) {
            throw new IllegalArgumentException("tMax must be >= 1, got " + tMax);
        }
        Optimizer.checkRate("etaMin", etaMin);
        this.optimizer = optimizer;
        this.baseLr = optimizer.learningRate();
        this.tMax = tMax;
        this.etaMin = etaMin;
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
        return etaMin + (baseLr - etaMin) * (1 + Math.cos(Math.PI * step / tMax)) / 2;
    }
}
