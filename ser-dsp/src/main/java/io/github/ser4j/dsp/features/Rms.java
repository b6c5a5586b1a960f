package io.github.ser4j.dsp.features;

import io.github.ser4j.dsp.spectral.Framing;
import io.github.ser4j.dsp.spectral.PadMode;
import java.util.Objects;

/**
 * Root-mean-square energy per frame: {@code librosa.feature.rms(y=y, frame_length,
 * hop_length, center, pad_mode)} (librosa 0.9.2).
 *
 * <p>{@code rms[t] = sqrt(mean_n y[t hop + n]^2)} over the {@code frameLength} samples of
 * frame {@code t}; with centring the signal is first padded by {@code frameLength / 2} on both
 * sides in {@code padMode} (librosa 0.9.2's default is constant, i.e. zeros). The sum is
 * accumulated in double.
 */
public final class Rms {
    private Rms() {
    }

    /** {@code librosa.feature.rms(y=y)}: frame 2048, hop 512, centred, constant pad. */
    public static float[][] compute(float[] y) {
        return compute(y, 2048, 512, true, PadMode.CONSTANT);
    }

    /**
     * {@code librosa.feature.rms(y=y, frame_length, hop_length, center, pad_mode)}.
     *
     * @param y           the signal
     * @param frameLength samples per frame, {@code >= 1}
     * @param hopLength   samples between frames, {@code >= 1}
     * @param center      pad {@code frameLength / 2} on both sides first
     * @param padMode     how the centring pad is filled
     * @return {@code [1][frames]}
     */
    public static float[][] compute(float[] y, int frameLength, int hopLength, boolean center, PadMode padMode) {
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(padMode, "padMode");
        if (frameLength < 1) {
            throw new IllegalArgumentException("frameLength must be >= 1, got " + frameLength);
        }
        if (hopLength < 1) {
            throw new IllegalArgumentException("hopLength must be >= 1, got " + hopLength);
        }
        float[] x = Framing.centered(y, frameLength, center, padMode);
        int frames = Framing.frameCount(x.length, frameLength, hopLength);
        float[][] out = new float[1][frames];
        for (int t = 0; t < frames; t++) {
            int start = t * hopLength;
            double sum = 0;
            for (int n = 0; n < frameLength; n++) {
                double v = x[start + n];
                sum += v * v;
            }
            out[0][t] = (float) Math.sqrt(sum / frameLength);
        }
        return out;
    }

    /**
     * {@code librosa.feature.rms(S=magnitude, frame_length)}: the RMS from a magnitude
     * spectrogram by Parseval's theorem, {@code sqrt(2 sum_k |S_k|^2 / frameLength^2)} with the
     * DC bin (and, for even {@code frameLength}, the Nyquist bin) counted half, since they have
     * no mirror image among the negative frequencies.
     *
     * @param magnitude   {@code |STFT|}, {@code [frameLength/2 + 1][frames]}
     * @param frameLength the FFT length the spectrogram was made with
     * @return {@code [1][frames]}
     */
    public static float[][] fromMagnitude(float[][] magnitude, int frameLength) {
        Objects.requireNonNull(magnitude, "magnitude");
        if (frameLength < 1 || magnitude.length != frameLength / 2 + 1) {
            throw new IllegalArgumentException("spectrogram has " + magnitude.length + " bins, frameLength=" + frameLength
                    + " needs " + (frameLength / 2 + 1));
        }
        int bins = magnitude.length;
        int frames = magnitude[0].length;
        float[][] out = new float[1][frames];
        for (int t = 0; t < frames; t++) {
            double sum = 0;
            for (int k = 0; k < bins; k++) {
                double v = magnitude[k][t];
                double w = (k == 0 || (k == bins - 1 && frameLength % 2 == 0)) ? 0.5 : 1.0;
                sum += w * v * v;
            }
            out[0][t] = (float) Math.sqrt(2.0 * sum / ((double) frameLength * frameLength));
        }
        return out;
    }
}
