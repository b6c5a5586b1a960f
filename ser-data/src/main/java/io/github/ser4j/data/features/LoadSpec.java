package io.github.ser4j.data.features;

import io.github.ser4j.dsp.audio.LoadOptions;
import io.github.ser4j.dsp.resample.ResampleType;
import java.util.Objects;

/**
 * The load stage of a {@link FeatureRecipe}: {@code librosa.load(path, sr, mono, offset,
 * duration, res_type)}.
 *
 * @param sampleRate      target rate in Hz, positive (a recipe fixes the rate, so that every
 *                        file gives features on the same frequency grid)
 * @param resType         resampling algorithm ({@code res_type}, librosa 0.9.2's default
 *                        {@code kaiser_best})
 * @param mono            mix channels down; must be true (features are computed on one channel)
 * @param offsetSeconds   start this many seconds in, {@code >= 0}
 * @param durationSeconds read at most this many seconds (at the native rate, as librosa does);
 *                        {@code +Infinity} for the whole file
 */
public record LoadSpec(int sampleRate, ResampleType resType, boolean mono, double offsetSeconds,
                       double durationSeconds) {

    /** Validates the fields, naming the bad one. */
    public LoadSpec {
        Objects.requireNonNull(resType, "load.resType");
        if (sampleRate < 1 || sampleRate > 768_000) {
            throw new IllegalArgumentException("load.sampleRate must be in [1, 768000] Hz, got " + sampleRate);
        }
        if (!mono) {
            throw new IllegalArgumentException("load.mono must be true: recipes compute features on one channel");
        }
        if (!(offsetSeconds >= 0) || Double.isInfinite(offsetSeconds)) {
            throw new IllegalArgumentException("load.offsetSeconds must be finite and >= 0, got " + offsetSeconds);
        }
        if (!(durationSeconds > 0)) {
            throw new IllegalArgumentException("load.durationSeconds must be > 0 (+Infinity = whole file), got "
                    + durationSeconds);
        }
    }

    /** {@code librosa.load(path, sr=sampleRate)}: mono, whole file, kaiser_best. */
    public static LoadSpec at(int sampleRate) {
        return new LoadSpec(sampleRate, ResampleType.KAISER_BEST, true, 0.0, Double.POSITIVE_INFINITY);
    }

    /** The {@link io.github.ser4j.dsp.audio.AudioLoader} options of this stage (strict decoding). */
    public LoadOptions options() {
        return new LoadOptions(sampleRate, true, offsetSeconds, durationSeconds, resType, false);
    }
}
