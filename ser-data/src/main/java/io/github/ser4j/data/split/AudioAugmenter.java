package io.github.ser4j.data.split;

import io.github.ser4j.dsp.audio.Audio;
import java.util.random.RandomGenerator;

/**
 * A random change to a training signal (noise, shift, pitch, stretch, ...). It must draw
 * all its randomness from {@code rng} so that a copy renders the same each time.
 */
@FunctionalInterface
public interface AudioAugmenter {
    /** Returns the augmented signal; {@code audio} must not be modified. */
    Audio apply(Audio audio, RandomGenerator rng);

    /**
     * The {@code copyIndex}-th augmented copy (from 1) of {@code audio}. By default the index
     * is ignored; an augmenter that makes one fixed variant per copy (one speed per copy)
     * overrides this.
     */
    default Audio apply(Audio audio, RandomGenerator rng, int copyIndex) {
        return apply(audio, rng);
    }
}
