package io.github.ser4j.dsp.features;

import io.github.ser4j.dsp.spectral.Stft;
import io.github.ser4j.dsp.spectral.StftConfig;

/**
 * Spectral centroid: {@code librosa.feature.spectral_centroid(y, sr, n_fft, hop_length)}
 * (librosa 0.9.2), the magnitude-weighted mean frequency of each frame,
 * {@code c[t] = sum_k f[k] S[k, t] / sum_k S[k, t]} with {@code S = |STFT|}. A silent frame
 * has centroid 0.
 */
public final class SpectralCentroid {
    private SpectralCentroid() {
    }

    /** {@code spectral_centroid(y=y, sr, ...)} with the given STFT. */
    public static float[][] compute(float[] y, int sampleRate, StftConfig stft) {
        return fromMagnitude(Stft.of(stft).magnitude(y), sampleRate, stft.nFft());
    }

    /**
     * {@code spectral_centroid(S=magnitude, sr, n_fft)}.
     *
     * @param magnitude {@code |STFT|}, {@code [nFft/2 + 1][frames]}
     * @return {@code [1][frames]}
     */
    public static float[][] fromMagnitude(float[][] magnitude, int sampleRate, int nFft) {
        double[] f = SpectralShape.frequencies(magnitude, sampleRate, nFft);
        int frames = SpectralShape.frames(magnitude);
        float[][] out = new float[1][frames];
        for (int t = 0; t < frames; t++) {
            out[0][t] = (float) centroid(magnitude, f, t);
        }
        return out;
    }

    static double centroid(float[][] s, double[] f, int t) {
        double norm = SpectralShape.l1(s, t);
        double c = 0;
        for (int k = 0; k < f.length; k++) {
            c += f[k] * (s[k][t] / norm);
        }
        return c;
    }
}
