package io.github.ser4j.dsp.prosody;

/**
 * Frame-wise fundamental frequency by the normalised cross-correlation function (NCCF), the
 * periodicity measure of RAPT (Talkin 1995) and of Praat's cross-correlation pitch method.
 *
 * <p>For a frame starting at sample {@code s}, with a window of {@code N} samples,
 * <pre>
 *   r(tau) = sum_{k<N} x[s+k] x[s+k+tau] / sqrt( sum_{k<N} x[s+k]^2 * sum_{k<N} x[s+k+tau]^2 )
 * </pre>
 * is computed for every lag {@code tau} between {@code rate / fMax} and {@code rate / fMin}.
 * Every local maximum is refined by a parabola through it and its neighbours and scored as
 * Praat does, {@code r + octaveCost * log2(F / fMin)}, which favours the higher of two
 * nearly equal candidates and so avoids halving errors (a periodic signal correlates as well
 * at two periods as at one). The best candidate gives the frame's F0 when its correlation
 * reaches {@code voicingThreshold}; otherwise the frame is unvoiced.
 *
 * <p>To save work the signal is first halved in rate by averaging sample pairs (a two-tap
 * low-pass, -3 dB at a quarter of the original rate): the correlation peak of a voice below
 * 1 kHz is unaffected, and the lag search costs a quarter. No path smoothing (Viterbi) is
 * done: each frame is decided alone, so the tracker can be run on any part of a signal.
 *
 * <pre>{@code
 * PitchTracker tracker = PitchTracker.speech();            // 60-500 Hz
 * PitchTrack t = tracker.track(samples, 16000, 160, frames, 0.030);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PitchTracker {
    private final double fMin;
    private final double fMax;
    private final double voicingThreshold;
    private final double octaveCost;

    /**
     * A tracker searching {@code [fMin, fMax]} Hz.
     *
     * @param fMin             lowest F0 in Hz, positive
     * @param fMax             highest F0 in Hz, above {@code fMin}
     * @param voicingThreshold the NCCF a frame needs to be voiced, in {@code [0, 1]} (Praat uses 0.45)
     * @param octaveCost       preference for higher candidates per octave, {@code >= 0} (Praat: 0.01)
     * @throws IllegalArgumentException naming the bad argument and its value
     */
    public PitchTracker(double fMin, double fMax, double voicingThreshold, double octaveCost) {
        if (!(fMin > 0) || Double.isInfinite(fMin)) {
            throw new IllegalArgumentException("fMin must be positive and finite, got " + fMin);
        }
        if (!(fMax > fMin) || Double.isInfinite(fMax)) {
            throw new IllegalArgumentException("fMax must be finite and > fMin = " + fMin + ", got " + fMax);
        }
        if (!(voicingThreshold >= 0 && voicingThreshold <= 1)) {
            throw new IllegalArgumentException("voicingThreshold must be in [0, 1], got " + voicingThreshold);
        }
        if (!(octaveCost >= 0) || Double.isInfinite(octaveCost)) {
            throw new IllegalArgumentException("octaveCost must be finite and >= 0, got " + octaveCost);
        }
        this.fMin = fMin;
        this.fMax = fMax;
        this.voicingThreshold = voicingThreshold;
        this.octaveCost = octaveCost;
    }

    /** The usual range for adult and child speech: 60-500 Hz, voicing 0.45, octave cost 0.01 (Praat's defaults). */
    public static PitchTracker speech() {
        return new PitchTracker(60, 500, 0.45, 0.01);
    }

    /**
     * Tracks {@code frames} frames centred at {@code t * hop} samples (the centres of a centred
     * STFT with that hop, so the track lines up with spectral features).
     *
     * @param y             the signal
     * @param sampleRate    its rate in Hz; must exceed {@code 4 fMax} so that the halved rate
     *                      still holds the highest F0 with room for the parabola
     * @param hop           samples between frame centres, {@code >= 1}
     * @param frames        number of frames, {@code >= 0}
     * @param windowSeconds correlation window, long enough for two periods of {@code fMin}
     *                      (30 ms for 60 Hz... 40 ms is safer for low voices)
     * @return the track; frames whose window does not fit inside the signal are unvoiced
     * @throws IllegalArgumentException for a null signal or a bad rate, hop, frame count or window
     */
    public PitchTrack track(float[] y, int sampleRate, int hop, int frames, double windowSeconds) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (sampleRate <= 4 * fMax) {
            throw new IllegalArgumentException("sampleRate must exceed 4 * fMax = " + 4 * fMax + " Hz, got " + sampleRate);
        }
        if (hop < 1) {
            throw new IllegalArgumentException("hop must be >= 1, got " + hop);
        }
        if (frames < 0) {
            throw new IllegalArgumentException("frames must be >= 0, got " + frames);
        }
        if (!(windowSeconds > 0) || Double.isInfinite(windowSeconds)) {
            throw new IllegalArgumentException("windowSeconds must be positive and finite, got " + windowSeconds);
        }
        double rate = sampleRate / 2.0;
        float[] x = new float[y.length / 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.5f * (y[2 * i] + y[2 * i + 1]);
        }
        int minLag = Math.max(2, (int) Math.floor(rate / fMax));
        int maxLag = (int) Math.ceil(rate / fMin);
        int n = Math.max(1, (int) Math.round(windowSeconds * rate));
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
            correlate(x, start, n, minLag - 1, maxLag + 1, e0, r);
            double bestScore = Double.NEGATIVE_INFINITY;
            double bestLag = 0;
            double bestR = 0;
            for (int lag = minLag; lag <= maxLag; lag++) {
                if (r[lag] > r[lag - 1] && r[lag] >= r[lag + 1] && r[lag] > 0) {
                    // parabola through (lag-1, a), (lag, b), (lag+1, c): vertex offset and height
                    double a = r[lag - 1];
                    double b = r[lag];
                    double c = r[lag + 1];
                    double den = a - 2 * b + c;
                    double delta = den < 0 ? 0.5 * (a - c) / den : 0;
                    double peak = b - 0.25 * (a - c) * delta;
                    double exact = lag + delta;
                    double score = peak + octaveCost * log2(rate / exact / fMin);
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
        return new PitchTrack(f0, strength);
    }

    /**
     * {@code r[lag]} for {@code lag} in {@code [from, to]}: the energy of the lagged window is
     * updated incrementally (one sample leaves, one enters) rather than summed again.
     */
    private static void correlate(float[] x, int start, int n, int from, int to, double e0, double[] r) {
        double eLag = 0;
        for (int k = 0; k < n; k++) {
            double v = x[start + from + k];
            eLag += v * v;
        }
        for (int lag = from; lag <= to; lag++) {
            if (lag > from) {
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
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
