package io.github.ser4j.dsp.spectral;

import java.util.Objects;

/**
 * Parameters of a short-time Fourier transform, as {@code librosa.stft} takes them.
 *
 * @param nFft      FFT (and frame) length in samples; {@code librosa.stft(n_fft=2048)}
 * @param hopLength samples between frame starts; librosa's default is {@code winLength / 4}
 * @param winLength window length, {@code <= nFft}; the window is zero-padded to {@code nFft}
 *                  at the centre ({@code util.pad_center})
 * @param window    the analysis window, periodic ({@code get_window(window, winLength, fftbins=True)})
 * @param center    if true, frame {@code t} is centred on sample {@code t * hopLength}: the
 *                  signal is padded by {@code nFft / 2} on both sides
 * @param padMode   how the centring pad is filled; {@code CONSTANT} in librosa 0.9 (default),
 *                  {@code REFLECT} in librosa 0.8
 */
public record StftConfig(int nFft, int hopLength, int winLength, Window window, boolean center, PadMode padMode) {

    /** Validates every field; messages name the field and the value. */
    public StftConfig {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(padMode, "padMode");
        if (nFft < 2) {
            throw new IllegalArgumentException("nFft must be >= 2, got " + nFft);
        }
        if (nFft > (1 << 24)) {
            throw new IllegalArgumentException("nFft must be <= 2^24, got " + nFft);
        }
        if (hopLength < 1) {
            throw new IllegalArgumentException("hopLength must be >= 1, got " + hopLength);
        }
        if (winLength < 1 || winLength > nFft) {
            throw new IllegalArgumentException("winLength must be in [1, nFft=" + nFft + "], got " + winLength);
        }
    }

    /** librosa 0.9.2 defaults: {@code n_fft=2048, hop_length=512}, Hann, centred, constant pad. */
    public static StftConfig librosaDefault() {
        return of(2048, 512);
    }

    /**
     * {@code librosa.stft(n_fft=nFft)}: hop {@code nFft / 4} (librosa's default
     * {@code win_length // 4}), Hann, centred, constant pad.
     */
    public static StftConfig of(int nFft) {
        return of(nFft, Math.max(1, nFft / 4));
    }

    /**
     * {@code librosa.stft(n_fft=nFft, hop_length=hopLength)}: window length {@code nFft}, Hann,
     * centred, constant pad (librosa 0.9.2).
     */
    public static StftConfig of(int nFft, int hopLength) {
        return new StftConfig(nFft, hopLength, nFft, Window.HANN, true, PadMode.CONSTANT);
    }

    /** Number of frequency bins, {@code nFft / 2 + 1}. */
    public int bins() {
        return nFft / 2 + 1;
    }

    /** This configuration with another pad mode. */
    public StftConfig withPadMode(PadMode mode) {
        return new StftConfig(nFft, hopLength, winLength, window, center, mode);
    }

    /** This configuration with centring switched on or off. */
    public StftConfig withCenter(boolean c) {
        return new StftConfig(nFft, hopLength, winLength, window, c, padMode);
    }

    /** This configuration with another window. */
    public StftConfig withWindow(Window w) {
        return new StftConfig(nFft, hopLength, winLength, w, center, padMode);
    }

    /**
     * Number of frames librosa returns for a signal of {@code signalLength} samples:
     * {@code 1 + (signalLength + 2 (nFft/2) - nFft) / hopLength} when centred, else
     * {@code 1 + (signalLength - nFft) / hopLength}.
     *
     * @throws IllegalArgumentException if the (padded) signal is shorter than one frame
     */
    public int frameCount(long signalLength) {
        return Framing.frameCount(signalLength + (center ? 2L * (nFft / 2) : 0L), nFft, hopLength);
    }
}
