package io.github.ser4j.dsp.spectral;

import java.util.Objects;

/**
 * Parameters of a mel filterbank, as {@code librosa.filters.mel} takes them.
 *
 * @param sampleRate sample rate in Hz, {@code > 0}
 * @param nFft       FFT length the filters apply to ({@code nFft/2 + 1} bins)
 * @param nMels      number of mel bands, {@code >= 1}
 * @param fmin       lowest band edge in Hz, {@code >= 0}
 * @param fmax       highest band edge in Hz, {@code fmin < fmax <= sampleRate / 2}; librosa's
 *                   {@code fmax=None} is {@code sampleRate / 2} (see {@link #of})
 * @param htk        HTK mel scale instead of Slaney's
 * @param norm       filter normalisation
 */
public record MelConfig(int sampleRate, int nFft, int nMels, double fmin, double fmax, boolean htk, MelNorm norm) {

    /** Validates every field; messages name the field and the value. */
    public MelConfig {
        Objects.requireNonNull(norm, "norm");
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sampleRate must be positive, got " + sampleRate);
        }
        if (nFft < 2) {
            throw new IllegalArgumentException("nFft must be >= 2, got " + nFft);
        }
        if (nMels < 1 || nMels > 4096) {
            throw new IllegalArgumentException("nMels must be in [1, 4096], got " + nMels);
        }
        if (!(fmin >= 0) || Double.isInfinite(fmin)) {
            throw new IllegalArgumentException("fmin must be >= 0 Hz, got " + fmin);
        }
        if (!(fmax > fmin) || fmax > sampleRate / 2.0) {
            throw new IllegalArgumentException("fmax must be in (fmin=" + fmin + ", sampleRate/2=" + sampleRate / 2.0
                    + "] Hz, got " + fmax);
        }
    }

    /**
     * {@code librosa.filters.mel(sr, n_fft, n_mels)} defaults: {@code fmin=0}, {@code fmax=sr/2},
     * Slaney scale and norm.
     */
    public static MelConfig of(int sampleRate, int nFft, int nMels) {
        return new MelConfig(sampleRate, nFft, nMels, 0.0, sampleRate / 2.0, false, MelNorm.SLANEY);
    }

    /** This filterbank on the HTK scale (or Slaney's). */
    public MelConfig withHtk(boolean value) {
        return new MelConfig(sampleRate, nFft, nMels, fmin, fmax, value, norm);
    }

    /** This filterbank with another normalisation. */
    public MelConfig withNorm(MelNorm value) {
        return new MelConfig(sampleRate, nFft, nMels, fmin, fmax, htk, value);
    }

    /** This filterbank between other band edges. */
    public MelConfig withRange(double lowHz, double highHz) {
        return new MelConfig(sampleRate, nFft, nMels, lowHz, highHz, htk, norm);
    }
}
