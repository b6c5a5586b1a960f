package io.github.ser4j.data.synth;

/**
 * What the synthetic corpus contains.
 *
 * @param speakers   number of actors, 1-99 (odd actors are male, even female, as in RAVDESS)
 * @param perEmotion utterances per emotion per actor, 1-8 (neutral has at most 4: RAVDESS
 *                   has no strong-intensity neutral)
 * @param seed       the seed of everything random
 * @param sampleRate samples per second, 8000-48000
 */
public record SynthConfig(int speakers, int perEmotion, long seed, int sampleRate) {
    /** The default: 12 actors, 4 utterances per emotion, seed 42, 16 kHz (384 files). */
    public static final SynthConfig DEFAULT = new SynthConfig(12, 4, 42, 16000);

    /** Validates the fields. */
    public SynthConfig {
        if (speakers < 1 || speakers > 99) {
            throw new IllegalArgumentException("speakers must be in [1, 99], got " + speakers);
        }
        if (perEmotion < 1 || perEmotion > 8) {
            throw new IllegalArgumentException("perEmotion must be in [1, 8], got " + perEmotion);
        }
        if (sampleRate < 8000 || sampleRate > 48000) {
            throw new IllegalArgumentException("sampleRate must be in [8000, 48000], got " + sampleRate);
        }
    }
}
