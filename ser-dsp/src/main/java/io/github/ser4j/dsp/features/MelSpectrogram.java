package io.github.ser4j.dsp.features;

import io.github.ser4j.dsp.spectral.MelFilterbank;
import io.github.ser4j.dsp.spectral.PowerSpectrum;
import io.github.ser4j.dsp.spectral.Stft;
import java.util.Objects;

/**
 * Mel spectrogram: {@code librosa.feature.melspectrogram(y, sr, n_fft, hop_length, ...,
 * power)} (librosa 0.9.2) = {@code mel_basis @ |stft(y)|^power}.
 *
 * <p>The spectrogram is never stored whole: power spectra are computed a block of frames at a
 * time by the FFT's batch transform and go straight to the filterbank. A {@code MelSpectrogram} holds its STFT's scratch buffers: one per thread.
 */
public final class MelSpectrogram {
    /** Frames per batch: 16 power spectra of 1025 bins (64 KiB) stay in the L2 cache. */
    private static final int BLOCK = 16;
    private final MelSpectrogramConfig config;
    private final Stft stft;
    private final MelFilterbank filterbank;
    private final float[] spectrum;
    private float[] block;

    private MelSpectrogram(MelSpectrogramConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.stft = Stft.of(config.stft());
        this.filterbank = MelFilterbank.of(config.mel());
        this.spectrum = new float[stft.bins()];
    }

    /** A mel spectrogram for this configuration. */
    public static MelSpectrogram of(MelSpectrogramConfig config) {
        return new MelSpectrogram(config);
    }

    /** The configuration. */
    public MelSpectrogramConfig config() {
        return config;
    }

    /** The underlying STFT. */
    public Stft stft() {
        return stft;
    }

    /** The mel filterbank. */
    public MelFilterbank filterbank() {
        return filterbank;
    }

    /** Number of mel bands. */
    public int nMels() {
        return filterbank.nMels();
    }

    /**
     * {@code librosa.feature.melspectrogram(y=y, ...)}.
     *
     * @param y the signal
     * @return {@code [nMels][frames]}
     */
    public float[][] compute(float[] y) {
        int frames = config.stft().frameCount(y.length);
        int m = nMels();
        float[] rows = melFrames(y);
        float[][] out = new float[m][frames];
        for (int t = 0; t < frames; t++) {
            for (int i = 0; i < m; i++) {
                out[i][t] = rows[t * m + i];
            }
        }
        return out;
    }

    /**
     * The mel spectrogram frame-major, {@code out[t * nMels + m]} (the transpose of librosa's
     * layout, flat): power spectra come from the FFT's batch transform a block of frames at a
     * time ({@link Stft#powerFrames}), so a block stays in cache, and go through the filterbank
     * kernel. Each frame equals {@link #melFrame(float[], int, float[])} on the same samples, bit
     * for bit.
     *
     * @param y the signal
     * @return {@code frames * nMels} values
     */
    public float[] melFrames(float[] y) {
        int frames = config.stft().frameCount(y.length);
        int m = nMels();
        int bins = spectrum.length;
        float[] out = new float[frames * m];
        if (block == null) {
            block = new float[BLOCK * bins];
        }
        for (int t0 = 0; t0 < frames; t0 += BLOCK) {
            int n = Math.min(BLOCK, frames - t0);
            stft.powerFrames(y, t0, n, block, bins);
            PowerSpectrum.fromPower(block, n * bins, config.power());
            filterbank.applyFrames(block, 0, bins, n, out, t0 * m, m);
        }
        return out;
    }

    /**
     * One frame from samples: {@code mel[m] = sum_k W[m][k] |X[k]|^power} with {@code X} the
     * spectrum of {@code x[offset .. offset + nFft)} (already padded), by the same kernels as
     * {@link #melFrames}, so a streamed frame equals the batch one bit for bit.
     *
     * @param x      samples
     * @param offset first sample of the frame
     * @param out    receives {@code nMels} values
     */
    public void melFrame(float[] x, int offset, float[] out) {
        stft.powerFrame(x, offset, spectrum);
        PowerSpectrum.fromPower(spectrum, spectrum.length, config.power());
        filterbank.apply(spectrum, out);
    }

    /**
     * One frame: {@code mel[m] = sum_k W[m][k] |X[k]|^power} from a frame's complex spectrum
     * (the power is formed here, so it may differ from {@link #melFrames} in the last bit).
     *
     * @param re  real parts of the frame's spectrum ({@code nFft/2 + 1})
     * @param im  imaginary parts
     * @param out receives {@code nMels} values
     */
    public void melFrame(float[] re, float[] im, float[] out) {
        PowerSpectrum.compute(re, im, spectrum.length, config.power(), spectrum);
        filterbank.apply(spectrum, out);
    }
}
