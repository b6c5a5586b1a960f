/**
 * Optimization: the rules that turn gradients into weight updates, the schedules that
 * steer the learning rate over a run, and the monitors that decide when to stop.
 *
 * <p>Read {@link io.github.ser4j.nn.optim.Sgd} first. Gradient descent moves each weight
 * against its gradient, {@code w -= lr * g}. Momentum keeps a running velocity
 * {@code b = mu * b + g} and steps along it, averaging out noise from mini-batches and
 * accelerating along consistent directions; Nesterov's variant steps along
 * {@code g + mu * b}, a look-ahead that damps oscillation. Weight decay adds
 * {@code lambda * w} to the gradient, the gradient of an L2 penalty
 * {@code lambda / 2 * ||w||^2}.
 *
 * <p>{@link io.github.ser4j.nn.optim.Adam} additionally keeps a running mean of squared
 * gradients and divides each coordinate's step by its root, so every weight gets a step
 * size adapted to its own gradient scale; bias corrections fix the moments' start at zero.
 * {@link io.github.ser4j.nn.optim.AdamW} applies weight decay directly to the weights
 * instead of through the gradient, where Adam's rescaling would distort it.
 * {@link io.github.ser4j.nn.optim.GradientClipping} caps the global gradient norm before
 * the step, the standard guard against exploding gradients in recurrent networks.
 *
 * <p>Schedules change the learning rate as training proceeds:
 * {@link io.github.ser4j.nn.optim.OneCycleLr} (warm up to a peak, then anneal far below
 * the start, cycling momentum inversely), {@link io.github.ser4j.nn.optim.CosineAnnealingLr},
 * {@link io.github.ser4j.nn.optim.StepLr}, and the metric-driven
 * {@link io.github.ser4j.nn.optim.ReduceLrOnPlateau}. {@link io.github.ser4j.nn.optim.EarlyStopping}
 * ends a run when the validation metric stops improving and remembers the best epoch.
 *
 * <p>Every rule follows PyTorch's formulas exactly (Keras' for early stopping) and is tested
 * against trajectories recorded from PyTorch. Optimizer state (momentum buffers, moments,
 * step counts) is exported as named arrays, so a checkpoint can resume a run.
 */
package io.github.ser4j.nn.optim;
