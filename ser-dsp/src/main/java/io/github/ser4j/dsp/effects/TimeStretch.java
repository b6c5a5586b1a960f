package io.github.ser4j.dsp.effects;

import io.github.ser4j.dsp.spectral.ComplexSpectrogram;
import io.github.ser4j.dsp.spectral.Stft;
import io.github.ser4j.dsp.spectral.StftConfig;
import java.util.Objects;

/**
 * Speeds a signal up or slows it down without changing its pitch: the twin of
 * {@code librosa.effects.time_stretch(y, rate)} (librosa 0.9.2).
 *
 * <p>Three steps: the STFT ({@code n_fft=2048, hop=512}, Hann, centred, constant pad by
 * default), the {@link PhaseVocoder} at {@code rate}, and the inverse STFT cut or padded to
 * {@code round(n / rate)} samples (Python's {@code round}, halves to even). {@code rate > 1}
 * shortens the signal, {@code rate < 1} lengthens it.
 */
public final class TimeStretch {

    /** Largest output accepted, in samples (about 2^30 bytes of float). */
    static final long MAX_OUTPUT = 1L << 28;

    private TimeStretch() {
    }

    /** {@code librosa.effects.time_stretch(y, rate=rate)} with librosa 0.9.2's STFT defaults. */
    public static float[] stretch(float[] y, double rate) {
        return stretch(y, rate, StftConfig.librosaDefault());
    }

    /**
     * {@code librosa.effects.time_stretch(y, rate=rate, **stft_kwargs)}.
     *
     * @param y      the signal, not modified
     * @param rate   the speed factor, positive and finite
     * @param config the STFT used for analysis and synthesis
     * @return a new array of {@code round(n / rate)} samples
     */
    public static float[] stretch(float[] y, double rate, StftConfig config) {
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(config, "config");
        PhaseVocoder.checkRate(rate);
        double len = Math.rint(y.length / rate);
        if (len > MAX_OUTPUT) {
            throw new IllegalArgumentException("rate " + rate + " would stretch " + y.length + " samples to "
                    + (long) len + ", more than " + MAX_OUTPUT);
        }
        Stft stft = Stft.of(config);
        ComplexSpectrogram d = stft.forward(y);
        ComplexSpectrogram stretched = PhaseVocoder.stretch(d, rate, config.hopLength());
        return stft.inverse(stretched, (int) len);
    }
}
