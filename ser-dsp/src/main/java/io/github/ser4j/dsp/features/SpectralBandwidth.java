package io.github.ser4j.dsp.features;

import io.github.ser4j.dsp.spectral.Stft;
import io.github.ser4j.dsp.spectral.StftConfig;

/**
 * Spectral bandwidth: {@code librosa.feature.spectral_bandwidth(y, sr, n_fft, hop_length, p=2,
 * norm=True)} (librosa 0.9.2), the order-{@code p} spread of each frame around its centroid,
 * {@code b[t] = (sum_k S'[k, t] |f[k] - c[t]|^p)^(1/p)} with {@code S'} the frame's magnitude
 * normalised to unit sum.
 */
public final class SpectralBandwidth {
    private SpectralBandwidth() {
    }

    /** {@code spectral_bandwidth(y=y, sr, ...)} with {@code p=2}. */
    public static float[][] compute(float[] y, int sampleRate, StftConfig stft) {
        return fromMagnitude(Stft.of(stft).magnitude(y), sampleRate, stft.nFft(), 2.0);
    }

    /**
     * {@code spectral_bandwidth(S=magnitude, sr, n_fft, p=p)}.
     *
     * @param magnitude {@code |STFT|}, {@code [nFft/2 + 1][frames]}
     * @param p         order, {@code > 0}
     * @return {@code [1][frames]}
     */
    public static float[][] fromMagnitude(float[][] magnitude, int sampleRate, int nFft, double p) {
        if (!(p > 0) || Double.isInfinite(p)) {
            throw new IllegalArgumentException("p must be positive and finite, got " + p);
        }
        double[] f = SpectralShape.frequencies(magnitude, sampleRate, nFft);
        int frames = SpectralShape.frames(magnitude);
        float[][] out = new float[1][frames];
        for (int t = 0; t < frames; t++) {
            double c = SpectralCentroid.centroid(magnitude, f, t);
            double norm = SpectralShape.l1(magnitude, t);
            double sum = 0;
            for (int k = 0; k < f.length; k++) {
                double d = Math.abs(f[k] - c);
                sum += (magnitude[k][t] / norm) * (p == 2.0 ? d * d : Math.pow(d, p));
            }
            out[0][t] = (float) Math.pow(sum, 1.0 / p);
        }
        return out;
    }
}
