package io.github.ser4j.dsp.features;

import io.github.ser4j.dsp.spectral.DbConfig;
import java.util.Objects;

/**
 * Parameters of {@code librosa.feature.mfcc}: the mel spectrogram, its decibel conversion,
 * the number of coefficients kept and the lifter. The DCT is always type 2 with
 * {@code norm='ortho'} (librosa's default).
 *
 * @param melSpectrogram the mel power spectrogram
 * @param db             its conversion to dB ({@code power_to_db}); librosa uses
 *                       {@code ref=1.0, amin=1e-10, top_db=80}
 * @param nMfcc          coefficients kept, {@code 1 <= nMfcc <= nMels}
 * @param lifter         cepstral lifter {@code L >= 0}; 0 disables it
 */
public record MfccConfig(MelSpectrogramConfig melSpectrogram, DbConfig db, int nMfcc, double lifter) {

    /** Validates the fields; messages name the field and the value. */
    public MfccConfig {
        Objects.requireNonNull(melSpectrogram, "melSpectrogram");
        Objects.requireNonNull(db, "db");
        int nMels = melSpectrogram.mel().nMels();
        if (nMfcc < 1 || nMfcc > nMels) {
            throw new IllegalArgumentException("nMfcc must be in [1, nMels=" + nMels + "], got " + nMfcc);
        }
        if (!(lifter >= 0) || Double.isInfinite(lifter)) {
            throw new IllegalArgumentException("lifter must be >= 0 and finite, got " + lifter);
        }
    }

    /**
     * {@code librosa.feature.mfcc(y=y, sr=sampleRate, n_mfcc=nMfcc)}: {@code n_fft=2048,
     * hop_length=512, n_mels=128}, Slaney mel, {@code power_to_db(ref=1, amin=1e-10, top_db=80)},
     * no lifter.
     */
    public static MfccConfig librosa(int sampleRate, int nMfcc) {
        return new MfccConfig(MelSpectrogramConfig.librosa(sampleRate), DbConfig.power(), nMfcc, 0.0);
    }

    /** This configuration with another mel spectrogram. */
    public MfccConfig withMelSpectrogram(MelSpectrogramConfig value) {
        return new MfccConfig(value, db, nMfcc, lifter);
    }

    /** This configuration with another decibel conversion. */
    public MfccConfig withDb(DbConfig value) {
        return new MfccConfig(melSpectrogram, value, nMfcc, lifter);
    }

    /** This configuration with another lifter. */
    public MfccConfig withLifter(double value) {
        return new MfccConfig(melSpectrogram, db, nMfcc, value);
    }

    /** This configuration keeping another number of coefficients. */
    public MfccConfig withNMfcc(int value) {
        return new MfccConfig(melSpectrogram, db, value, lifter);
    }
}
