package io.github.ser4j.nn.optim;

/**
 * Hyperparameters of {@link Adam} and {@link AdamW}, as {@code torch.optim.Adam}/{@code AdamW}.
 *
 * @param lr          learning rate, finite and {@code >= 0}
 * @param beta1       decay of the first-moment (mean) estimate, in [0, 1)
 * @param beta2       decay of the second-moment (uncentred variance) estimate, in [0, 1)
 * @param eps         added to the denominator for numerical stability, {@code >= 0}
 * @param weightDecay L2 coefficient (Adam: added to the gradient) or decoupled decay rate
 *                    (AdamW: {@code w *= 1 - lr * weightDecay}), {@code >= 0}
 */
public record AdamConfig(double lr, double beta1, double beta2, double eps, double weightDecay) {
    /** Validates every field. */
    public AdamConfig {
        Optimizer.checkRate("lr", lr);
        Optimizer.checkUnit("beta1", beta1);
        Optimizer.checkUnit("beta2", beta2);
        Optimizer.checkRate("eps", eps);
        Optimizer.checkRate("weightDecay", weightDecay);
    }

    /** PyTorch's Adam defaults with learning rate {@code lr}: betas (0.9, 0.999), eps 1e-8, no weight decay. */
    public static AdamConfig of(double lr) {
        return new AdamConfig(lr, 0.9, 0.999, 1e-8, 0);
    }

    /** PyTorch's AdamW defaults with learning rate {@code lr}: betas (0.9, 0.999), eps 1e-8, weight decay 1e-2. */
    public static AdamConfig adamW(double lr) {
        return new AdamConfig(lr, 0.9, 0.999, 1e-8, 1e-2);
    }

    /** A copy with another weight decay. */
    public AdamConfig withWeightDecay(double weightDecay) {
        return new AdamConfig(lr, beta1, beta2, eps, weightDecay);
    }
}
