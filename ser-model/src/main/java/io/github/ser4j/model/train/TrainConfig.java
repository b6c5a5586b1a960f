package io.github.ser4j.model.train;

import java.util.Objects;

/**
 * Everything that decides a training run besides the data and the network. Build one with
 * {@link #builder()}; every field is validated here, with a message naming it.
 *
 * <pre>{@code
 * TrainConfig c = TrainConfig.builder()
 *         .epochs(40).batchSize(32)
 *         .optimizer(OptimizerKind.ADAMW).learningRate(1e-3).weightDecay(1e-2)
 *         .schedule(ScheduleKind.ONE_CYCLE)
 *         .patience(8).monitor(Monitor.VAL_UAR)
 *         .seed(42).threads(1)
 *         .build();
 * }</pre>
 *
 * @param epochs          maximum number of passes over the training data, {@code >= 1}
 * @param batchSize       examples per mini-batch, {@code >= 1}
 * @param optimizer       the update rule
 * @param learningRate    the (peak, for one-cycle) learning rate, finite and {@code > 0}
 * @param minLearningRate floor of {@link ScheduleKind#COSINE} (its {@code eta_min}) and
 *                        {@link ScheduleKind#PLATEAU} ({@code min_lr}), in {@code [0, learningRate)}
 * @param weightDecay     L2 (Adam, SGD) or decoupled (AdamW) weight decay, {@code >= 0}
 * @param momentum        SGD momentum in {@code [0, 1)} (ignored by Adam and AdamW)
 * @param schedule        the learning-rate schedule
 * @param stepSize        epochs between decays of {@link ScheduleKind#STEP}, {@code >= 1}
 * @param gamma           decay factor of {@link ScheduleKind#STEP} and {@link ScheduleKind#PLATEAU}, in (0, 1)
 * @param plateauPatience epochs without improvement before {@link ScheduleKind#PLATEAU} decays, {@code >= 0}
 * @param monitor         the validation metric for early stopping, plateau and the best checkpoint
 * @param patience        early stopping: stop after this many epochs without improvement; 0 disables it
 * @param restoreBest     whether the weights of the best epoch are restored at the end
 * @param gradClipNorm    cap on the global L2 norm of the gradients; 0 disables clipping
 * @param classWeights    weight the loss by {@code n / (k n_c)} per class (scikit-learn's 'balanced')
 * @param labelSmoothing  label smoothing of the cross-entropy, in {@code [0, 1)}
 * @param scaling         how features are standardised (fitted on the training part only)
 * @param seed            seed of the batch order (the network's initial weights come from its own seed)
 * @param threads         kernel threads during training, {@code >= 1} (same seed and threads, same weights)
 */
public record TrainConfig(int epochs, int batchSize, OptimizerKind optimizer, double learningRate,
                          double minLearningRate, double weightDecay, double momentum, ScheduleKind schedule,
                          int stepSize, double gamma, int plateauPatience, Monitor monitor, int patience,
                          boolean restoreBest, double gradClipNorm, boolean classWeights,
                          double labelSmoothing, Scaling scaling, long seed, int threads) {

    /** Validates every field. */
    public TrainConfig {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(scaling, "scaling");
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be finite and > 0, got " + learningRate);
        }
        if (!(minLearningRate >= 0 && minLearningRate < learningRate)) {
            throw new IllegalArgumentException("minLearningRate must be in [0, learningRate = " + learningRate
                    + "), got " + minLearningRate);
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weightDecay must be finite and >= 0, got " + weightDecay);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        if (stepSize < 1) {
            throw new IllegalArgumentException("stepSize must be >= 1, got " + stepSize);
        }
        if (!(gamma > 0 && gamma < 1)) {
            throw new IllegalArgumentException("gamma must be in (0, 1), got " + gamma);
        }
        if (plateauPatience < 0) {
            throw new IllegalArgumentException("plateauPatience must be >= 0, got " + plateauPatience);
        }
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be >= 0 (0 disables early stopping), got " + patience);
        }
        if (!(gradClipNorm >= 0) || Double.isInfinite(gradClipNorm)) {
            throw new IllegalArgumentException("gradClipNorm must be finite and >= 0 (0 disables clipping), got "
                    + gradClipNorm);
        }
        if (!(labelSmoothing >= 0 && labelSmoothing < 1)) {
            throw new IllegalArgumentException("labelSmoothing must be in [0, 1), got " + labelSmoothing);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (schedule == ScheduleKind.ONE_CYCLE && optimizer == OptimizerKind.SGD && momentum == 0) {
            throw new IllegalArgumentException("schedule ONE_CYCLE cycles the momentum; give SGD a momentum > 0");
        }
    }

    /** A builder holding the defaults (see {@link Builder}). */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults: see {@link Builder}. */
    public static TrainConfig defaults() {
        return builder().build();
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.epochs = epochs;
        b.batchSize = batchSize;
        b.optimizer = optimizer;
        b.learningRate = learningRate;
        b.minLearningRate = minLearningRate;
        b.weightDecay = weightDecay;
        b.momentum = momentum;
        b.schedule = schedule;
        b.stepSize = stepSize;
        b.gamma = gamma;
        b.plateauPatience = plateauPatience;
        b.monitor = monitor;
        b.patience = patience;
        b.restoreBest = restoreBest;
        b.gradClipNorm = gradClipNorm;
        b.classWeights = classWeights;
        b.labelSmoothing = labelSmoothing;
        b.scaling = scaling;
        b.seed = seed;
        b.threads = threads;
        return b;
    }

    /**
     * Collects the fields of a {@link TrainConfig}. Defaults: 30 epochs, batch 32, Adam at
     * 1e-3 (floor 0) without weight decay, no schedule (step size 10, gamma 0.5, plateau patience 3
     * when one is chosen), early stopping after 10 epochs without a better validation UAR,
     * best weights restored, no clipping, class weights on, no label smoothing, per-element
     * scaling, seed 42, one thread.
     */
    public static final class Builder {
        private int epochs = 30;
        private int batchSize = 32;
        private OptimizerKind optimizer = OptimizerKind.ADAM;
        private double learningRate = 1e-3;
        private double minLearningRate;
        private double weightDecay;
        private double momentum = 0.9;
        private ScheduleKind schedule = ScheduleKind.NONE;
        private int stepSize = 10;
        private double gamma = 0.5;
        private int plateauPatience = 3;
        private Monitor monitor = Monitor.VAL_UAR;
        private int patience = 10;
        private boolean restoreBest = true;
        private double gradClipNorm;
        private boolean classWeights = true;
        private double labelSmoothing;
        private Scaling scaling = Scaling.PER_ELEMENT;
        private long seed = 42;
        private int threads = 1;

        private Builder() {
        }

        /** Maximum number of epochs. */
        public Builder epochs(int v) {
            epochs = v;
            return this;
        }

        /** Examples per mini-batch. */
        public Builder batchSize(int v) {
            batchSize = v;
            return this;
        }

        /** The update rule. */
        public Builder optimizer(OptimizerKind v) {
            optimizer = v;
            return this;
        }

        /** The (peak) learning rate. */
        public Builder learningRate(double v) {
            learningRate = v;
            return this;
        }

        /** Floor of the cosine and plateau schedules. */
        public Builder minLearningRate(double v) {
            minLearningRate = v;
            return this;
        }

        /** Weight decay. */
        public Builder weightDecay(double v) {
            weightDecay = v;
            return this;
        }

        /** SGD momentum. */
        public Builder momentum(double v) {
            momentum = v;
            return this;
        }

        /** The learning-rate schedule. */
        public Builder schedule(ScheduleKind v) {
            schedule = v;
            return this;
        }

        /** Epochs between decays of the step schedule. */
        public Builder stepSize(int v) {
            stepSize = v;
            return this;
        }

        /** Decay factor of the step and plateau schedules. */
        public Builder gamma(double v) {
            gamma = v;
            return this;
        }

        /** Patience of the plateau schedule. */
        public Builder plateauPatience(int v) {
            plateauPatience = v;
            return this;
        }

        /** The monitored validation metric. */
        public Builder monitor(Monitor v) {
            monitor = v;
            return this;
        }

        /** Early-stopping patience; 0 disables early stopping. */
        public Builder patience(int v) {
            patience = v;
            return this;
        }

        /** Whether to restore the best epoch's weights at the end. */
        public Builder restoreBest(boolean v) {
            restoreBest = v;
            return this;
        }

        /** Gradient clipping norm; 0 disables clipping. */
        public Builder gradClipNorm(double v) {
            gradClipNorm = v;
            return this;
        }

        /** Whether the loss is class-weighted. */
        public Builder classWeights(boolean v) {
            classWeights = v;
            return this;
        }

        /** Label smoothing. */
        public Builder labelSmoothing(double v) {
            labelSmoothing = v;
            return this;
        }

        /** Feature standardisation. */
        public Builder scaling(Scaling v) {
            scaling = v;
            return this;
        }

        /** Seed of the batch order. */
        public Builder seed(long v) {
            seed = v;
            return this;
        }

        /** Kernel threads. */
        public Builder threads(int v) {
            threads = v;
            return this;
        }

        /** The validated configuration. */
        public TrainConfig build() {
            return new TrainConfig(epochs, batchSize, optimizer, learningRate, minLearningRate, weightDecay,
                    momentum, schedule, stepSize, gamma, plateauPatience, monitor, patience, restoreBest,
                    gradClipNorm, classWeights, labelSmoothing, scaling, seed, threads);
        }
    }
}
