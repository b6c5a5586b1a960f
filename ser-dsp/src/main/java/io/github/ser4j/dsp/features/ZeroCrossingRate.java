package io.github.ser4j.dsp.features;

import io.github.ser4j.dsp.spectral.Framing;
import io.github.ser4j.dsp.spectral.PadMode;
import java.util.Objects;

/**
 * Zero-crossing rate per frame: {@code librosa.feature.zero_crossing_rate(y, frame_length,
 * hop_length, center)} (librosa 0.9.2).
 *
 * <p>Within each frame, samples with {@code |y| <= 1e-10} are set to zero, and a crossing is
 * counted between neighbours {@code n-1, n} whose sign bits differ (with {@code zero_pos=True}
 * zero counts as positive). The first sample of a frame has no predecessor and never counts
 * ({@code pad=False}), but the rate still divides by {@code frameLength}. With centring the
 * signal is padded by {@code frameLength / 2} repeating its end samples ({@code mode='edge'},
 * as librosa hard-codes for this feature).
 */
public final class ZeroCrossingRate {
    /** librosa's {@code zero_crossings(threshold=1e-10)}. */
    public static final double THRESHOLD = 1e-10;

    private ZeroCrossingRate() {
    }

    /** {@code librosa.feature.zero_crossing_rate(y)}: frame 2048, hop 512, centred. */
    public static float[][] compute(float[] y) {
        return compute(y, 2048, 512, true);
    }

    /**
     * {@code librosa.feature.zero_crossing_rate(y, frame_length, hop_length, center)}.
     *
     * @param y           the signal (non-empty when centred)
     * @param frameLength samples per frame, {@code >= 1}
     * @param hopLength   samples between frames, {@code >= 1}
     * @param center      pad {@code frameLength / 2} edge samples on both sides first
     * @return {@code [1][frames]}
     */
    public static float[][] compute(float[] y, int frameLength, int hopLength, boolean center) {
        Objects.requireNonNull(y, "y");
        if (frameLength < 1) {
            throw new IllegalArgumentException("frameLength must be >= 1, got " + frameLength);
        }
        if (hopLength < 1) {
            throw new IllegalArgumentException("hopLength must be >= 1, got " + hopLength);
        }
        float[] x = Framing.centered(y, frameLength, center, PadMode.EDGE);
        int frames = Framing.frameCount(x.length, frameLength, hopLength);
        float[][] out = new float[1][frames];
        for (int t = 0; t < frames; t++) {
            int start = t * hopLength;
            boolean prev = negative(x[start]);
            int crossings = 0;
            for (int n = 1; n < frameLength; n++) {
                boolean cur = negative(x[start + n]);
                if (cur != prev) {
                    crossings++;
                }
                prev = cur;
            }
            out[0][t] = (float) ((double) crossings / frameLength);
        }
        return out;
    }

    /** {@code np.signbit} after the threshold step (tiny values become +0, which is not negative). */
    private static boolean negative(float v) {
        return Math.abs(v) > THRESHOLD && v < 0;
    }
}
