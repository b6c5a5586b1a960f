package io.github.ser4j.dsp.audio;

import io.github.ser4j.dsp.resample.ResampleType;
import java.util.Objects;

/**
 * How {@link AudioLoader} loads a file; the parameters of {@code librosa.load}.
 *
 * <pre>{@code
 * LoadOptions o = LoadOptions.librosaDefaults().withSampleRate(16000).withOffset(0.5).withDuration(2.5);
 * }</pre>
 *
 * @param sampleRate      target rate in Hz, or 0 for the file's native rate ({@code sr=None})
 * @param mono            mix channels down to one ({@code mono=True})
 * @param offsetSeconds   start reading this many seconds in, non-negative
 * @param durationSeconds read at most this many seconds; {@code Double.POSITIVE_INFINITY}
 *                        reads to the end ({@code duration=None})
 * @param resType         the resampling algorithm ({@code res_type})
 * @param lenient         decode truncated or streamed files instead of rejecting them
 *                        (see {@link AudioReader#lenient()})
 */
public record LoadOptions(int sampleRate, boolean mono, double offsetSeconds, double durationSeconds,
                          ResampleType resType, boolean lenient) {

    /** Validates the fields, naming the bad one. */
    public LoadOptions {
        if (sampleRate < 0) {
            throw new IllegalArgumentException("sampleRate must be 0 (native) or positive, got " + sampleRate);
        }
        if (!(offsetSeconds >= 0) || Double.isInfinite(offsetSeconds)) {
            throw new IllegalArgumentException("offsetSeconds must be finite and non-negative, got " + offsetSeconds);
        }
        if (!(durationSeconds >= 0)) {
            throw new IllegalArgumentException("durationSeconds must be non-negative (infinite = to the end), got "
                    + durationSeconds);
        }
        Objects.requireNonNull(resType, "resType");
    }

    /** librosa 0.9.2's defaults: 22050 Hz, mono, whole file, kaiser_best, strict. */
    public static LoadOptions librosaDefaults() {
        return new LoadOptions(22050, true, 0, Double.POSITIVE_INFINITY, ResampleType.KAISER_BEST, false);
    }

    /** Native rate, mono, whole file, strict. */
    public static LoadOptions nativeRate() {
        return librosaDefaults().withSampleRate(0);
    }

    /** A copy with the target rate (0 = native). */
    public LoadOptions withSampleRate(int hz) {
        return new LoadOptions(hz, mono, offsetSeconds, durationSeconds, resType, lenient);
    }

    /** A copy with channel mixing on or off. */
    public LoadOptions withMono(boolean m) {
        return new LoadOptions(sampleRate, m, offsetSeconds, durationSeconds, resType, lenient);
    }

    /** A copy starting {@code seconds} in. */
    public LoadOptions withOffset(double seconds) {
        return new LoadOptions(sampleRate, mono, seconds, durationSeconds, resType, lenient);
    }

    /** A copy reading at most {@code seconds}. */
    public LoadOptions withDuration(double seconds) {
        return new LoadOptions(sampleRate, mono, offsetSeconds, seconds, resType, lenient);
    }

    /** A copy with another resampling algorithm. */
    public LoadOptions withResType(ResampleType type) {
        return new LoadOptions(sampleRate, mono, offsetSeconds, durationSeconds, type, lenient);
    }

    /** A copy that is lenient (or strict) about truncated data. */
    public LoadOptions withLenient(boolean l) {
        return new LoadOptions(sampleRate, mono, offsetSeconds, durationSeconds, resType, l);
    }
}
