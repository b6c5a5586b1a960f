package io.github.ser4j.dsp.features;

import io.github.ser4j.dsp.spectral.StftConfig;
import java.util.Objects;

/**
 * Parameters of {@code librosa.feature.chroma_stft}.
 *
 * @param sampleRate sample rate in Hz, {@code > 0}
 * @param stft       the STFT (librosa: {@code n_fft=2048, hop_length=512})
 * @param nChroma    pitch classes per octave, {@code >= 1} (12)
 * @param tuning     deviation from A440 in fractions of a chroma bin, in {@code [-0.5, 0.5)}, or
 *                   {@link #ESTIMATE_TUNING} to estimate it from the signal ({@code tuning=None})
 */
public record ChromaConfig(int sampleRate, StftConfig stft, int nChroma, double tuning) {
    /** {@code tuning=None}: estimate the tuning with {@link Tuning#estimate}. */
    public static final double ESTIMATE_TUNING = Double.NaN;

    /** Validates the fields; messages name the field and the value. */
    public ChromaConfig {
        Objects.requireNonNull(stft, "stft");
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sampleRate must be positive, got " + sampleRate);
        }
        if (nChroma < 1) {
            throw new IllegalArgumentException("nChroma must be >= 1, got " + nChroma);
        }
        if (!Double.isNaN(tuning) && !(tuning >= -0.5 && tuning < 0.5)) {
            throw new IllegalArgumentException("tuning must be in [-0.5, 0.5) or ESTIMATE_TUNING, got " + tuning);
        }
    }

    /** {@code librosa.feature.chroma_stft(y, sr)} defaults: 2048/512, 12 bins, estimated tuning. */
    public static ChromaConfig librosa(int sampleRate) {
        return new ChromaConfig(sampleRate, StftConfig.librosaDefault(), 12, ESTIMATE_TUNING);
    }

    /** This configuration with a fixed tuning. */
    public ChromaConfig withTuning(double value) {
        return new ChromaConfig(sampleRate, stft, nChroma, value);
    }

    /** Whether the tuning is estimated from the signal. */
    public boolean estimatesTuning() {
        return Double.isNaN(tuning);
    }
}
