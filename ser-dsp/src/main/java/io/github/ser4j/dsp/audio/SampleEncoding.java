package io.github.ser4j.dsp.audio;

/**
 * How one sample is stored, and how it becomes a float: the conversions libsndfile applies
 * when soundfile (and so librosa) reads a file as float32.
 */
public enum SampleEncoding {
    /** Unsigned 8-bit PCM (WAV): {@code (v - 128) / 128}. */
    PCM_U8(1),
    /** Signed 8-bit PCM (AIFF): {@code v / 128}. */
    PCM_S8(1),
    /** Signed 16-bit PCM: {@code v / 32768}. */
    PCM_16(2),
    /** Signed 24-bit PCM: {@code v / 2^23}. */
    PCM_24(3),
    /** Signed 32-bit PCM: {@code (float) v / 2^31}. */
    PCM_32(4),
    /** 32-bit IEEE float, taken as is. */
    FLOAT_32(4),
    /** 64-bit IEEE float, rounded to float32. */
    FLOAT_64(8);

    private final int bytes;

    SampleEncoding(int bytes) {
        this.bytes = bytes;
    }

    /** Bytes one sample of one channel occupies. */
    public int bytesPerSample() {
        return bytes;
    }

    /** Whether the samples are IEEE floats. */
    public boolean isFloat() {
        return this == FLOAT_32 || this == FLOAT_64;
    }

    /** The signed PCM encoding whose container holds {@code bytes} bytes. */
    static SampleEncoding signedPcm(int bytes) {
        return switch (bytes) {
            case 1 -> PCM_S8;
            case 2 -> PCM_16;
            case 3 -> PCM_24;
            case 4 -> PCM_32;
            default -> throw new IllegalArgumentException("no PCM container of " + bytes + " bytes");
        };
    }
}
