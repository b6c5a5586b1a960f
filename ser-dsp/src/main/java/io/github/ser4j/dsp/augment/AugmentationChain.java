package io.github.ser4j.dsp.augment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Augmentations applied in order, each with its own probability.
 *
 * <pre>{@code
 * AugmentationChain chain = AugmentationChain.builder()
 *         .add(0.5, new AdditiveNoise(10, 30))
 *         .add(0.3, new Gain(-6, 6))
 *         .add(0.5, new TimeShift(0.2, TimeShift.Mode.ZERO_FILL))
 *         .build();
 * List<float[]> copies = chain.copies(x, 16000, 4, seed);
 * }</pre>
 *
 * <p>For each step one uniform number {@code u} is drawn and the step runs when
 * {@code u < probability}; the step then draws its own parameters from the same generator.
 * A chain is itself an {@link Augmentation}, so chains nest. {@link #copies} derives one
 * independent generator per copy from a single seed (by {@link SplittableRandom#split()}),
 * so copy {@code i} of an utterance is the same on every run.
 */
public final class AugmentationChain implements Augmentation {

    /**
     * One step of a chain.
     *
     * @param probability  the chance that the step runs, in {@code [0, 1]}
     * @param augmentation what it does
     */
    public record Step(double probability, Augmentation augmentation) {
        /** Validates the fields. */
        public Step {
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("probability must be in [0, 1], got " + probability);
            }
            Objects.requireNonNull(augmentation, "augmentation");
        }
    }

    private final List<Step> steps;

    private AugmentationChain(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** A builder for a chain. */
    public static Builder builder() {
        return new Builder();
    }

    /** The steps, in order. */
    public List<Step> steps() {
        return steps;
    }

    @Override
    public float[] apply(float[] x, int sampleRate, RandomGenerator rng) {
        return apply(x, sampleRate, rng, 0);
    }

    /** As {@link #apply(float[], int, RandomGenerator)}, passing the copy index on to every step. */
    @Override
    public float[] apply(float[] x, int sampleRate, RandomGenerator rng, int copy) {
        Draws.checkInput(x, sampleRate, rng);
        float[] y = x;
        for (Step step : steps) {
            if (rng.nextDouble() < step.probability()) {
                y = copy > 0 ? step.augmentation().apply(y, sampleRate, rng, copy)
                        : step.augmentation().apply(y, sampleRate, rng);
            }
        }
        return y == x ? x.clone() : y;
    }

    /**
     * {@code count} augmented copies of one utterance, copy {@code i} drawn from the
     * {@code i}-th generator split from {@code new SplittableRandom(seed)}.
     *
     * @param x          the signal, not modified
     * @param sampleRate its sample rate in Hz, positive
     * @param count      the number of copies, {@code >= 0}
     * @param seed       the seed of this utterance's copies
     * @return {@code count} new arrays
     */
    public List<float[]> copies(float[] x, int sampleRate, int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        SplittableRandom root = new SplittableRandom(seed);
        List<float[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(apply(x, sampleRate, root.split()));
        }
        return out;
    }

    @Override
    public String toString() {
        return "AugmentationChain" + steps;
    }

    /** Collects steps for an {@link AugmentationChain}. */
    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();

        private Builder() {
        }

        /**
         * Appends a step that runs with the given probability.
         *
         * @param probability  in {@code [0, 1]}
         * @param augmentation the step
         * @return this builder
         */
        public Builder add(double probability, Augmentation augmentation) {
            steps.add(new Step(probability, augmentation));
            return this;
        }

        /** Appends a step that always runs. */
        public Builder add(Augmentation augmentation) {
            return add(1.0, augmentation);
        }

        /** The chain of the steps added so far. */
        public AugmentationChain build() {
            return new AugmentationChain(steps);
        }
    }
}
