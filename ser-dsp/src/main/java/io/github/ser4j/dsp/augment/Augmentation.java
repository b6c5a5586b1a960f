package io.github.ser4j.dsp.augment;

import io.github.ser4j.dsp.audio.Audio;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A random, label-preserving transformation of a training utterance.
 *
 * <p>An augmentation draws whatever it needs (an SNR, a shift, a stretch rate) from the
 * generator it is given and nothing else, so the same generator state gives the same
 * output, bit for bit. It never modifies its input; it returns a new array, whose length
 * may differ from the input's (time stretch, speed perturbation) — fix the length
 * afterwards with {@link io.github.ser4j.dsp.effects.FixedLength} if the model needs it.
 *
 * <p>Implementations are immutable records whose parameter ranges are validated on
 * construction; combine them with {@link AugmentationChain}. They are thread-safe: threads
 * may share one augmentation, each with its own generator.
 */
@FunctionalInterface
public interface Augmentation {

    /**
     * Applies this augmentation once.
     *
     * @param x          the signal, layout {@code [samples]}, not modified
     * @param sampleRate its sample rate in Hz, positive
     * @param rng        the source of every random choice
     * @return a new array
     */
    float[] apply(float[] x, int sampleRate, RandomGenerator rng);

    /**
     * Applies this augmentation with a fresh generator seeded with {@code seed}
     * ({@link SplittableRandom}): the same seed always gives the same output.
     *
     * @param x          the signal, not modified
     * @param sampleRate its sample rate in Hz, positive
     * @param seed       the seed
     * @return a new array
     */
    default float[] apply(float[] x, int sampleRate, long seed) {
        return apply(x, sampleRate, new SplittableRandom(seed));
    }

    /**
     * Applies this augmentation as the {@code copy}-th augmented copy of a source (1, 2, ...).
     * Most augmentations draw everything at random and ignore {@code copy} (this default);
     * one that makes a fixed set of variants, one per copy, overrides it
     * ({@link DiscreteSpeedPerturbation} gives copy 1 its first factor, copy 2 its second).
     *
     * @param x          the signal, not modified
     * @param sampleRate its sample rate in Hz, positive
     * @param rng        the source of every random choice
     * @param copy       which copy of the source this is, {@code >= 1}
     * @return a new array
     */
    default float[] apply(float[] x, int sampleRate, RandomGenerator rng, int copy) {
        return apply(x, sampleRate, rng);
    }

    /**
     * {@link #apply(float[], int, RandomGenerator, int)} of an {@link Audio}: a new
     * {@code Audio} at the same rate.
     */
    default Audio apply(Audio audio, RandomGenerator rng, int copy) {
        Objects.requireNonNull(audio, "audio");
        return new Audio(apply(audio.samples(), audio.sampleRate(), rng, copy), audio.sampleRate());
    }

    /**
     * Applies this augmentation to an {@link Audio}: a new {@code Audio} at the same rate.
     *
     * @param audio the signal, not modified
     * @param rng   the source of every random choice
     * @return the augmented signal
     */
    default Audio apply(Audio audio, RandomGenerator rng) {
        Objects.requireNonNull(audio, "audio");
        return new Audio(apply(audio.samples(), audio.sampleRate(), rng), audio.sampleRate());
    }
}
