package io.github.ser4j.dsp.features;

import io.github.ser4j.dsp.spectral.Stft;
import io.github.ser4j.dsp.spectral.StftConfig;

/**
 * Spectral flatness (Wiener entropy): {@code librosa.feature.spectral_flatness(y, n_fft,
 * hop_length, amin=1e-10, power=2.0)} (librosa 0.9.2), the ratio of the geometric to the
 * arithmetic mean of {@code max(amin, S^power)} over each frame's bins: near 1 for white noise,
 * near 0 for a pure tone.
 */
public final class SpectralFlatness {
    private SpectralFlatness() {
    }

    /** {@code spectral_flatness(y=y, ...)} with {@code amin=1e-10, power=2}. */
    public static float[][] compute(float[] y, StftConfig stft) {
        return fromMagnitude(Stft.of(stft).magnitude(y), 1e-10, 2.0);
    }

    /**
     * {@code spectral_flatness(S=magnitude, amin, power)}.
     *
     * @param magnitude {@code |STFT|}, {@code [bins][frames]}
     * @param amin      floor, {@code > 0}
     * @param power     exponent applied to the magnitude, {@code > 0}
     * @return {@code [1][frames]}
     */
    public static float[][] fromMagnitude(float[][] magnitude, double amin, double power) {
        if (!(amin > 0)) {
            throw new IllegalArgumentException("amin must be strictly positive, got " + amin);
        }
        if (!(power > 0) || Double.isInfinite(power)) {
            throw new IllegalArgumentException("power must be positive and finite, got " + power);
        }
        int frames = SpectralShape.frames(magnitude);
        int bins = magnitude.length;
        float[][] out = new float[1][frames];
        for (int t = 0; t < frames; t++) {
            double logSum = 0;
            double sum = 0;
            for (float[] row : magnitude) {
                float s = row[t];
                if (s < 0) {
                    throw new IllegalArgumentException("spectral flatness needs a non-negative magnitude, got " + s);
                }
                double v = Math.max(amin, power == 2.0 ? (double) (s * s) : Math.pow(s, power));
                logSum += Math.log(v);
                sum += v;
            }
            out[0][t] = (float) (Math.exp(logSum / bins) / (sum / bins));
        }
        return out;
    }
}
