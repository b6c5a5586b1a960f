package io.github.ser4j.nn.optim;

/**
 * A learning-rate schedule driven by a step counter (per batch or per epoch, as the caller
 * decides), after {@code torch.optim.lr_scheduler}. Construction sets the optimizer's
 * rate for step 0; each {@link #step()} advances the counter and sets the rate for the
 * next step. Call it after {@link Optimizer#step()}, as in PyTorch. A schedule's state is
 * its step count alone. To resume a run, set the restored optimizer's rate back to the
 * schedule's initial rate (not needed for {@link OneCycleLr}, whose rates come from its
 * configuration), build the schedule again and call {@link #step()} {@link #stepCount()} times.
 */
public interface LrScheduler {
    /** Advances the schedule by one step and updates the optimizer. */
    void step();

    /** Number of {@link #step()} calls so far (PyTorch's {@code last_epoch}). */
    int stepCount();

    /** The learning rate this schedule prescribes for the current step. */
    double currentLr();
}
