package io.github.ser4j.data.split;

import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.dsp.audio.Audio;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A recipe for one augmented copy of a training utterance: its source, which copy it is,
 * the seed of its randomness and the augmenter to apply. Only {@link
 * TrainPart#augmented} creates these (the constructor is not public), so every augmented
 * copy provably comes from a training utterance of the part that made it.
 */
public final class AugmentedUtterance implements TrainingExample {
    private final TrainPart part;
    private final Utterance source;
    private final int copyIndex;
    private final long seed;
    private final AudioAugmenter augmenter;

    AugmentedUtterance(TrainPart part, Utterance source, int copyIndex, long seed, AudioAugmenter augmenter) {
        this.part = Objects.requireNonNull(part, "part");
        this.source = Objects.requireNonNull(source, "source");
        if (copyIndex < 1) {
            throw new IllegalArgumentException("copyIndex must be >= 1, got " + copyIndex);
        }
        this.copyIndex = copyIndex;
        this.seed = seed;
        this.augmenter = Objects.requireNonNull(augmenter, "augmenter");
    }

    /** The training part the source belongs to. */
    public TrainPart part() {
        return part;
    }

    @Override
    public Utterance source() {
        return source;
    }

    /** Which copy of the source this is, from 1. */
    public int copyIndex() {
        return copyIndex;
    }

    /** The seed of this copy's randomness. */
    public long seed() {
        return seed;
    }

    /** The augmenter this copy applies. */
    public AudioAugmenter augmenter() {
        return augmenter;
    }

    /**
     * Applies the augmenter to the source's audio with a generator seeded by {@link
     * #seed()}: the same copy renders the same signal every time.
     */
    @Override
    public Audio render(Audio sourceAudio) {
        return augmenter.apply(sourceAudio, new SplittableRandom(seed), copyIndex);
    }

    @Override
    public String toString() {
        return "AugmentedUtterance[" + source.fileName() + " #" + copyIndex + ", seed " + seed + "]";
    }
}
