package io.github.ser4j.dsp.features;

import io.github.ser4j.dsp.spectral.MelScale;

/**
 * Shared steps of the spectral-shape features: the bin frequencies and librosa's
 * {@code util.normalize(S, norm=1, axis=0)} of a magnitude frame.
 */
final class SpectralShape {
    private SpectralShape() {
    }

    /** Bin centre frequencies; checks that the spectrogram has {@code nFft/2 + 1} bins. */
    static double[] frequencies(float[][] magnitude, int sampleRate, int nFft) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sampleRate must be positive, got " + sampleRate);
        }
        if (magnitude.length != nFft / 2 + 1) {
            throw new IllegalArgumentException("spectrogram has " + magnitude.length + " bins, nFft=" + nFft + " needs "
                    + (nFft / 2 + 1));
        }
        return MelScale.fftFrequencies(sampleRate, nFft);
    }

    /** Frames of a {@code [bins][frames]} array. */
    static int frames(float[][] s) {
        return s.length == 0 ? 0 : s[0].length;
    }

    /**
     * {@code sum_k |S[k][t]|}, or 1 where that sum is below the smallest normal float (librosa's
     * {@code normalize} leaves such frames unscaled).
     */
    static double l1(float[][] s, int t) {
        double sum = 0;
        for (float[] row : s) {
            float v = row[t];
            if (v < 0) {
                throw new IllegalArgumentException("spectral features need a non-negative magnitude spectrogram, got "
                        + v);
            }
            sum += v;
        }
        return sum < Float.MIN_NORMAL ? 1.0 : sum;
    }
}
