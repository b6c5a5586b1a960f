package io.github.ser4j.model.research;

/**
 * Frame-wise fundamental frequency by the normalised cross-correlation function (NCCF, as in
 * RAPT/Praat's cross-correlation method): for each frame the lag {@code tau} in
 * [rate/fMax, rate/fMin] maximising
 * {@code r(tau) = sum x[n] x[n+tau] / sqrt(sum x[n]^2 * sum x[n+tau]^2)}, with Praat's octave
 * cost favouring the higher of two similar candidates. The signal is first halved in rate
 * (pairwise average, a crude low-pass) to quarter the work; F0 below 500 Hz is unaffected.
 */
final class PitchTracker {
    /** Result per frame: F0 in Hz (0 when unvoiced) and the NCCF peak value. */
    record Track(float[] f0, float[] strength) {
    }

    private final double fMin;
    private final double fMax;
    private final double voicingThreshold;
    private final double octaveCost;

    PitchTracker(double fMin, double fMax, double voicingThreshold, double octaveCost) {
        this.fMin = fMin;
        this.fMax = fMax;
        this.voicingThreshold = voicingThreshold;
        this.octaveCost = octaveCost;
    }

    /**
     * One value per frame centred at {@code i * hop} (the same centres as a centred STFT with
     * that hop), using a correlation window of {@code windowSeconds}.
     */
    Track track(float[] y, int sampleRate, int hop, int frames, double windowSeconds) {
        int rate = sampleRate / 2;
        float[] x = new float[y.length / 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.5f * (y[2 * i] + y[2 * i + 1]);
        }
        int minLag = Math.max(2, (int) Math.floor(rate / fMax));
        int maxLag = (int) Math.ceil(rate / fMin);
        int n = (int) Math.round(windowSeconds * rate);
        float[] f0 = new float[frames];
        float[] strength = new float[frames];
        double[] r = new double[maxLag + 2];
        for (int t = 0; t < frames; t++) {
            int centre = (int) ((long) t * hop / 2);
            int start = centre - (n + maxLag) / 2;
            if (start < 0 || start + n + maxLag + 1 >= x.length) {
                continue;
            }
            double e0 = 0;
            for (int k = 0; k < n; k++) {
                e0 += (double) x[start + k] * x[start + k];
            }
            if (e0 < 1e-10) {
                continue;
            }
            // running energy of the lagged window
            double eLag = 0;
            for (int k = 0; k < n; k++) {
                double v = x[start + minLag - 1 + k];
                eLag += v * v;
            }
            for (int lag = minLag - 1; lag <= maxLag + 1; lag++) {
                if (lag > minLag - 1) {
                    double out = x[start + lag - 1];
                    double in = x[start + lag - 1 + n];
                    eLag += in * in - out * out;
                }
                double c = 0;
                for (int k = 0; k < n; k++) {
                    c += (double) x[start + k] * x[start + lag + k];
                }
                r[lag] = c / Math.sqrt(e0 * Math.max(eLag, 1e-12));
            }
            double bestScore = Double.NEGATIVE_INFINITY;
            double bestLag = 0;
            double bestR = 0;
            for (int lag = minLag; lag <= maxLag; lag++) {
                if (r[lag] > r[lag - 1] && r[lag] >= r[lag + 1] && r[lag] > 0) {
                    // parabolic interpolation of the peak
                    double a = r[lag - 1];
                    double b = r[lag];
                    double c = r[lag + 1];
                    double den = a - 2 * b + c;
                    double delta = den < 0 ? 0.5 * (a - c) / den : 0;
                    double peak = b - 0.25 * (a - c) * delta;
                    double exact = lag + delta;
                    double freq = rate / exact;
                    // Praat: R - OctaveCost * log2(MinimumPitch / F), favouring higher F
                    double score = peak + octaveCost * log2(freq / fMin);
                    if (score > bestScore) {
                        bestScore = score;
                        bestLag = exact;
                        bestR = Math.min(1.0, peak);
                    }
                }
            }
            strength[t] = (float) Math.max(0, bestR);
            if (bestLag > 0 && bestR >= voicingThreshold) {
                f0[t] = (float) (rate / bestLag);
            }
        }
        return new Track(f0, strength);
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
