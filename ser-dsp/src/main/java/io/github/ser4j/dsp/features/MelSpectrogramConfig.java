package io.github.ser4j.dsp.features;

import io.github.ser4j.dsp.spectral.MelConfig;
import io.github.ser4j.dsp.spectral.StftConfig;
import java.util.Objects;

/**
 * Parameters of {@code librosa.feature.melspectrogram}: the STFT, the mel filterbank and the
 * exponent applied to the STFT magnitude.
 *
 * @param stft  the STFT; its {@code nFft} must equal the filterbank's
 * @param mel   the mel filterbank
 * @param power exponent of {@code |STFT|}: 2 for power (default), 1 for magnitude
 */
public record MelSpectrogramConfig(StftConfig stft, MelConfig mel, double power) {

    /** Validates the fields; messages name the field and the value. */
    public MelSpectrogramConfig {
        Objects.requireNonNull(stft, "stft");
        Objects.requireNonNull(mel, "mel");
        if (stft.nFft() != mel.nFft()) {
            throw new IllegalArgumentException("stft.nFft=" + stft.nFft() + " differs from mel.nFft=" + mel.nFft());
        }
        if (!(power > 0) || Double.isInfinite(power)) {
            throw new IllegalArgumentException("power must be positive and finite, got " + power);
        }
    }

    /**
     * {@code librosa.feature.melspectrogram(y, sr)} defaults: {@code n_fft=2048, hop_length=512,
     * n_mels=128, power=2}, Hann, centred with constant pad, Slaney mel scale and norm.
     */
    public static MelSpectrogramConfig librosa(int sampleRate) {
        return of(sampleRate, 2048, 512, 128);
    }

    /** Mel power spectrogram with librosa's defaults for everything not named. */
    public static MelSpectrogramConfig of(int sampleRate, int nFft, int hopLength, int nMels) {
        return new MelSpectrogramConfig(StftConfig.of(nFft, hopLength), MelConfig.of(sampleRate, nFft, nMels), 2.0);
    }

    /** This configuration with another STFT (the filterbank follows its {@code nFft}). */
    public MelSpectrogramConfig withStft(StftConfig value) {
        MelConfig m = new MelConfig(mel.sampleRate(), value.nFft(), mel.nMels(), mel.fmin(), mel.fmax(), mel.htk(),
                mel.norm());
        return new MelSpectrogramConfig(value, m, power);
    }

    /** This configuration with another filterbank. */
    public MelSpectrogramConfig withMel(MelConfig value) {
        return new MelSpectrogramConfig(stft, value, power);
    }

    /** The sample rate in Hz. */
    public int sampleRate() {
        return mel.sampleRate();
    }
}
