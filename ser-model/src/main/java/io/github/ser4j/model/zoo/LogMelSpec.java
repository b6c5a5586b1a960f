package io.github.ser4j.model.zoo;

import io.github.ser4j.dsp.features.MelSpectrogramConfig;
import io.github.ser4j.dsp.spectral.DbConfig;

/**
 * The log-mel input of {@link AttentiveCrnn}, as the feature pipeline must compute it: audio
 * resampled to {@code sampleRate}, cut or zero-padded to {@code durationSeconds}, a centred
 * STFT with a periodic Hann window of {@code nFft} samples every {@code hopLength} samples,
 * {@code nMels} Slaney mel bands (librosa's defaults, 0 Hz to Nyquist), power to dB with
 * {@code ref=1, amin=1e-10, top_db=80} ({@code librosa.power_to_db} defaults). One example
 * is {@code [1, nMels, frames()]}.
 *
 * @param sampleRate      sample rate in Hz, {@code >= 1000}
 * @param nMels           mel bands, {@code >= 16} (the network halves the mel axis four times)
 * @param nFft            FFT and window length in samples, {@code >= 16}
 * @param hopLength       hop between frames in samples, in {@code [1, nFft]}
 * @param durationSeconds fixed utterance length in seconds, {@code > 0}
 */
public record LogMelSpec(int sampleRate, int nMels, int nFft, int hopLength, double durationSeconds) {
    /** 16 kHz, 64 mels, 32 ms window, 16 ms hop, 3 s: 188 frames. */
    public static final LogMelSpec DEFAULT = new LogMelSpec(16_000, 64, 512, 256, 3.0);

    /** Validates every field. */
    public LogMelSpec {
        if (sampleRate < 1000) {
            throw new IllegalArgumentException("sampleRate must be >= 1000 Hz, got " + sampleRate);
        }
        if (nMels < 16) {
            throw new IllegalArgumentException("nMels must be >= 16, got " + nMels);
        }
        if (nFft < 16) {
            throw new IllegalArgumentException("nFft must be >= 16, got " + nFft);
        }
        if (hopLength < 1 || hopLength > nFft) {
            throw new IllegalArgumentException("hopLength must be in [1, nFft=" + nFft + "], got " + hopLength);
        }
        if (!(durationSeconds > 0) || Double.isInfinite(durationSeconds)) {
            throw new IllegalArgumentException("durationSeconds must be finite and > 0, got " + durationSeconds);
        }
        long samples = Math.round(durationSeconds * sampleRate);
        if (samples < nFft || samples > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("durationSeconds " + durationSeconds + " gives " + samples
                    + " samples, needs at least nFft=" + nFft + " and at most " + Integer.MAX_VALUE / 2);
        }
    }

    /** Samples in one utterance after cutting or padding: {@code round(durationSeconds * sampleRate)}. */
    public int samples() {
        return (int) Math.round(durationSeconds * sampleRate);
    }

    /** Frames of the centred STFT, as librosa: {@code 1 + samples / hopLength}. */
    public int frames() {
        return 1 + samples() / hopLength;
    }

    /** The mel spectrogram settings for ser-dsp ({@code power=2}, Slaney mel scale and norm). */
    public MelSpectrogramConfig melSpectrogram() {
        return MelSpectrogramConfig.of(sampleRate, nFft, hopLength, nMels);
    }

    /** The dB conversion: {@code librosa.power_to_db} defaults. */
    public DbConfig db() {
        return DbConfig.power();
    }

    /** The shape and recipe name of one example, {@code [1, nMels, frames()]}. */
    public InputSpec inputSpec() {
        return InputSpec.of(String.format("ser4j: log-mel dB, %d Hz, n_fft %d, hop %d, %d mels, %.2f s (%d frames)",
                sampleRate, nFft, hopLength, nMels, durationSeconds, frames()), 1, nMels, frames());
    }
}
