package io.github.ser4j.dsp.audio;

import java.util.Objects;

/**
 * A mono signal: samples in {@code [-1, 1]} (not enforced) at a sample rate in Hz.
 *
 * <p>The canonical layout for audio in ser4j is {@code [samples]}: one {@code float[]},
 * channels already mixed down (see {@code AudioReader}). The array is not copied: an
 * {@code Audio} is a view that the caller promises not to mutate while it is shared.
 *
 * @param samples    the signal, one float per sample
 * @param sampleRate samples per second, positive
 */
public record Audio(float[] samples, int sampleRate) {

    /** Validates the fields: samples non-null, sample rate positive. */
    public Audio {
        Objects.requireNonNull(samples, "samples");
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sampleRate must be positive, got " + sampleRate);
        }
    }

    /** Number of samples. */
    public int length() {
        return samples.length;
    }

    /** Duration in seconds. */
    public double durationSeconds() {
        return samples.length / (double) sampleRate;
    }

    @Override
    public String toString() {
        return "Audio[" + samples.length + " samples @ " + sampleRate + " Hz]";
    }
}
