package io.github.ser4j.model.train;

/** The update rule a {@link Trainer} uses (see {@code io.github.ser4j.nn.optim}). */
public enum OptimizerKind {
    /** Adam with L2 weight decay added to the gradient ({@code torch.optim.Adam}). */
    ADAM,
    /** Adam with decoupled weight decay ({@code torch.optim.AdamW}). */
    ADAMW,
    /** Stochastic gradient descent with optional momentum ({@code torch.optim.SGD}). */
    SGD
}
