package io.github.ser4j.dsp.features;

import io.github.ser4j.dsp.spectral.MelFilterbank;
import io.github.ser4j.dsp.spectral.PowerSpectrum;
import io.github.ser4j.dsp.spectral.Stft;
import java.util.Objects;

/**
 * Mel spectrogram: {@code librosa.feature.melspectrogram(y, sr, n_fft, hop_length, ...,
 * power)} (librosa 0.9.2) = {@code mel_basis @ |stft(y)|^power}.
 *
 * <p>The spectrogram is never stored: each frame's spectrum goes straight from the FFT to the
 * filterbank. A {@code MelSpectrogram} holds its STFT's scratch buffers: one per thread.
 */
public final class MelSpectrogram {
    private final MelSpectrogramConfig config;
    private final Stft stft;
    private final MelFilterbank filterbank;
    private final float[] spectrum;
    private final float[] mel;

    private MelSpectrogram(MelSpectrogramConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.stft = Stft.of(config.stft());
        this.filterbank = MelFilterbank.of(config.mel());
        this.spectrum = new float[stft.bins()];
        this.mel = new float[filterbank.nMels()];
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
        float[][] out = new float[nMels()][frames];
        stft.analyze(y, (t, re, im) -> {
            melFrame(re, im, mel);
            for (int m = 0; m < mel.length; m++) {
                out[m][t] = mel[m];
            }
        });
        return out;
    }

    /**
     * One frame: {@code mel[m] = sum_k W[m][k] |X[k]|^power} from a frame's spectrum.
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
