package io.github.ser4j.dsp.audio;

import java.util.Objects;

/**
 * What an audio file holds, as stored: container, sample encoding, channel count, native
 * rate and frame count (one frame = one sample of every channel).
 *
 * @param source      the file path or stream name
 * @param container   the file format, recognised by content
 * @param encoding    the sample encoding
 * @param channels    channels per frame, at least 1
 * @param sampleRate  frames per second, positive
 * @param frames      complete frames available to read
 * @param validBits   significant bits per sample (WAVE_FORMAT_EXTENSIBLE's wValidBitsPerSample,
 *                    the header's bits per sample otherwise)
 * @param dataOffset  byte offset of the first sample
 * @param bigEndian   whether multi-byte samples are big-endian
 */
public record AudioInfo(String source, Container container, SampleEncoding encoding, int channels,
                        int sampleRate, long frames, int validBits, long dataOffset, boolean bigEndian) {

    /** The file formats read. */
    public enum Container {
        /** RIFF/WAVE, little-endian. */
        WAV,
        /** RIFX/WAVE, the big-endian variant. */
        RIFX,
        /** Apple/SGI AIFF (big-endian PCM). */
        AIFF,
        /** AIFF-C (PCM in either byte order, or floats). */
        AIFC
    }

    /** Validates the fields. */
    public AudioInfo {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(encoding, "encoding");
        if (channels < 1) {
            throw new IllegalArgumentException("channels must be at least 1, got " + channels);
        }
        if (sampleRate < 1) {
            throw new IllegalArgumentException("sampleRate must be positive, got " + sampleRate);
        }
        if (frames < 0) {
            throw new IllegalArgumentException("frames must be non-negative, got " + frames);
        }
    }

    /** Duration in seconds at the native rate. */
    public double durationSeconds() {
        return frames / (double) sampleRate;
    }

    /** Bytes per frame. */
    public int frameBytes() {
        return channels * encoding.bytesPerSample();
    }
}
