package io.github.ser4j.model.train;

/** How a {@link Trainer} changes the learning rate over a run. */
public enum ScheduleKind {
    /** A constant rate. */
    NONE,
    /** One cycle per run, stepped every batch: warm up to the rate, then anneal far below it. */
    ONE_CYCLE,
    /** Multiply the rate by {@code gamma} when the monitored metric stalls for {@code plateauPatience} epochs. */
    PLATEAU,
    /** Cosine annealing from the rate to 0 over the run, stepped every epoch. */
    COSINE,
    /** Multiply the rate by {@code gamma} every {@code stepSize} epochs. */
    STEP
}
