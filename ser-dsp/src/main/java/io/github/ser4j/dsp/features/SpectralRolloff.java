package io.github.ser4j.dsp.features;

import io.github.ser4j.dsp.spectral.Stft;
import io.github.ser4j.dsp.spectral.StftConfig;

/**
 * Spectral rolloff: {@code librosa.feature.spectral_rolloff(y, sr, n_fft, hop_length,
 * roll_percent=0.85)} (librosa 0.9.2), the centre frequency of the first bin at which the
 * running sum of the frame's magnitude reaches {@code roll_percent} of its total. The running
 * sum is accumulated in float, in bin order, as {@code np.cumsum} does on librosa's float32
 * spectrogram.
 */
public final class SpectralRolloff {
    /** librosa's default {@code roll_percent}. */
    public static final double DEFAULT_ROLL_PERCENT = 0.85;

    private SpectralRolloff() {
    }

    /** {@code spectral_rolloff(y=y, sr, ..., roll_percent)}. */
    public static float[][] compute(float[] y, int sampleRate, StftConfig stft, double rollPercent) {
        return fromMagnitude(Stft.of(stft).magnitude(y), sampleRate, stft.nFft(), rollPercent);
    }

    /**
     * {@code spectral_rolloff(S=magnitude, sr, n_fft, roll_percent)}.
     *
     * @param magnitude   {@code |STFT|}, {@code [nFft/2 + 1][frames]}
     * @param rollPercent fraction in {@code (0, 1)}
     * @return {@code [1][frames]} in Hz
     */
    public static float[][] fromMagnitude(float[][] magnitude, int sampleRate, int nFft, double rollPercent) {
        if (!(rollPercent > 0 && rollPercent < 1)) {
            throw new IllegalArgumentException("rollPercent must be in (0, 1), got " + rollPercent);
        }
        double[] f = SpectralShape.frequencies(magnitude, sampleRate, nFft);
        int frames = SpectralShape.frames(magnitude);
        float[][] out = new float[1][frames];
        for (int t = 0; t < frames; t++) {
            float total = 0f;
            for (float[] row : magnitude) {
                total += row[t];
            }
            float threshold = (float) (rollPercent * total);
            float cum = 0f;
            int k = 0;
            for (; k < f.length; k++) {
                cum += magnitude[k][t];
                if (cum >= threshold) {
                    break;
                }
            }
            out[0][t] = (float) f[Math.min(k, f.length - 1)];
        }
        return out;
    }
}
