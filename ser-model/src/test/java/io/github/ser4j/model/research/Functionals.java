package io.github.ser4j.model.research;

import java.util.Arrays;

/**
 * Statistics that summarise one low-level descriptor track (a value per frame) by a fixed
 * number of numbers, as openSMILE's functionals do: mean, standard deviation, skewness,
 * kurtosis, 10th/50th/90th percentiles, the 10-90 range and the linear-regression slope over
 * normalised time (0 at the first selected frame, 1 at the last).
 */
final class Functionals {
    /** Number of values {@link #compute} writes. */
    static final int COUNT = 9;

    private Functionals() {
    }

    /**
     * Writes the functionals of {@code track[i]} for the frames with {@code keep[i]} into
     * {@code out[offset .. offset + COUNT)}; zeros when fewer than two frames are kept.
     */
    static void compute(float[] track, boolean[] keep, float[] out, int offset) {
        int n = 0;
        for (boolean k : keep) {
            if (k) {
                n++;
            }
        }
        if (n < 2) {
            Arrays.fill(out, offset, offset + COUNT, 0f);
            return;
        }
        double[] v = new double[n];
        double[] t = new double[n];
        int j = 0;
        for (int i = 0; i < track.length; i++) {
            if (keep[i]) {
                v[j] = track[i];
                t[j] = i;
                j++;
            }
        }
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double x : v) {
            double d = x - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        double std = Math.sqrt(m2);
        double skew = m2 > 1e-12 ? m3 / Math.pow(m2, 1.5) : 0;
        double kurt = m2 > 1e-12 ? m4 / (m2 * m2) - 3 : 0;
        // slope against time scaled to [0, 1] so it does not depend on the utterance's length
        double t0 = t[0];
        double span = Math.max(1, t[n - 1] - t0);
        double tm = 0;
        for (int i = 0; i < n; i++) {
            t[i] = (t[i] - t0) / span;
            tm += t[i];
        }
        tm /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (t[i] - tm) * (v[i] - mean);
            sxx += (t[i] - tm) * (t[i] - tm);
        }
        double slope = sxx > 0 ? sxy / sxx : 0;
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double p10 = percentile(sorted, 0.10);
        double p50 = percentile(sorted, 0.50);
        double p90 = percentile(sorted, 0.90);
        out[offset] = (float) mean;
        out[offset + 1] = (float) std;
        out[offset + 2] = (float) clamp(skew, 10);
        out[offset + 3] = (float) clamp(kurt, 50);
        out[offset + 4] = (float) p10;
        out[offset + 5] = (float) p50;
        out[offset + 6] = (float) p90;
        out[offset + 7] = (float) (p90 - p10);
        out[offset + 8] = (float) slope;
    }

    /** Standard deviation of the kept frames (0 with fewer than two). */
    static float std(float[] track, boolean[] keep) {
        double s = 0;
        double s2 = 0;
        int n = 0;
        for (int i = 0; i < track.length; i++) {
            if (keep[i]) {
                s += track[i];
                s2 += (double) track[i] * track[i];
                n++;
            }
        }
        if (n < 2) {
            return 0f;
        }
        double m = s / n;
        return (float) Math.sqrt(Math.max(0, s2 / n - m * m));
    }

    private static double clamp(double x, double limit) {
        return Math.max(-limit, Math.min(limit, x));
    }

    /** Linear interpolation between order statistics (numpy's default percentile). */
    static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        double f = pos - lo;
        return sorted[lo] * (1 - f) + sorted[hi] * f;
    }
}
