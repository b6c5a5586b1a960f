package io.github.ser4j.nn.optim;

/**
 * Hyperparameters of {@link Sgd}, as {@code torch.optim.SGD}: learning rate, momentum,
 * dampening, L2 weight decay (added to the gradient) and Nesterov momentum.
 *
 * @param lr          learning rate, finite and {@code >= 0}
 * @param momentum    momentum factor in [0, 1)
 * @param dampening   dampening of the momentum in [0, 1]; must be 0 with Nesterov
 * @param weightDecay L2 penalty coefficient {@code >= 0}
 * @param nesterov    Nesterov momentum; needs {@code momentum > 0} and {@code dampening == 0}
 */
public record SgdConfig(double lr, double momentum, double dampening, double weightDecay, boolean nesterov) {
    /** Validates every field. */
    public SgdConfig {
        Optimizer.checkRate("lr", lr);
        Optimizer.checkUnit("momentum", momentum);
        if (!(dampening >= 0 && dampening <= 1)) {
            throw new IllegalArgumentException("dampening must be in [0, 1], got " + dampening);
        }
        Optimizer.checkRate("weightDecay", weightDecay);
        if (nesterov && (momentum <= 0 || dampening != 0)) {
            throw new IllegalArgumentException("nesterov needs momentum > 0 and dampening 0, got momentum "
                    + momentum + ", dampening " + dampening);
        }
    }

    /** Plain SGD with learning rate {@code lr} (PyTorch's other defaults: no momentum, no decay). */
    public static SgdConfig of(double lr) {
        return new SgdConfig(lr, 0, 0, 0, false);
    }

    /** SGD with classical momentum. */
    public static SgdConfig withMomentum(double lr, double momentum) {
        return new SgdConfig(lr, momentum, 0, 0, false);
    }
}
