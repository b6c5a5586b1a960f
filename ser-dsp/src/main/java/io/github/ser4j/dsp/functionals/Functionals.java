package io.github.ser4j.dsp.functionals;

import java.util.Arrays;
import java.util.List;

/**
 * Statistics that summarise a low-level descriptor track (one value per frame) by a fixed
 * set of numbers, as openSMILE's functionals do, over the frames a mask selects.
 *
 * <p>The nine values, in order ({@link #NAMES}):
 * <ol>
 *   <li>mean;</li>
 *   <li>standard deviation (population, numpy's {@code np.std});</li>
 *   <li>skewness {@code m3 / m2^1.5} (scipy.stats.skew, biased), clamped to ±10;</li>
 *   <li>excess kurtosis {@code m4 / m2^2 - 3} (scipy.stats.kurtosis, Fisher, biased), clamped to ±50;</li>
 *   <li>10th, 50th and 90th percentiles (numpy's default linear interpolation);</li>
 *   <li>the 10-90 percentile range;</li>
 *   <li>the least-squares slope against time scaled to [0, 1] between the first and the
 *       last selected frame, so that it does not depend on the utterance's length.</li>
 * </ol>
 * Skewness and kurtosis are 0 for a constant track; all nine are 0 when fewer than two
 * frames are selected. Sums are accumulated in double.
 */
public final class Functionals {
    /** Number of values {@link #compute} writes. */
    public static final int COUNT = 9;
    /** Short names of the values, in output order. */
    public static final List<String> NAMES = List.of("mean", "std", "skewness", "kurtosis", "p10", "p50", "p90",
            "range10_90", "slope");

    private Functionals() {
    }

    /**
     * Writes the functionals of {@code track[i]} over the frames with {@code keep[i]} into
     * {@code out[offset .. offset + COUNT)}.
     *
     * @throws IllegalArgumentException if the track and the mask differ in length or the output is too short
     */
    public static void compute(float[] track, boolean[] keep, float[] out, int offset) {
        if (track.length != keep.length) {
            throw new IllegalArgumentException("track has " + track.length + " frames but keep " + keep.length);
        }
        if (offset < 0 || offset + COUNT > out.length) {
            throw new IllegalArgumentException("out[" + offset + ".." + (offset + COUNT) + ") does not fit in "
                    + out.length + " values");
        }
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
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
        // a track constant up to float rounding has no shape: its moments are noise
        boolean flat = m2 <= 1e-12 * Math.max(1.0, mean * mean);
        double skew = flat ? 0 : m3 / Math.pow(m2, 1.5);
        double kurt = flat ? 0 : m4 / (m2 * m2) - 3;
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
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double p10 = percentile(sorted, 0.10);
        double p90 = percentile(sorted, 0.90);
        out[offset] = (float) mean;
        out[offset + 1] = (float) Math.sqrt(m2);
        out[offset + 2] = (float) clamp(skew, 10);
        out[offset + 3] = (float) clamp(kurt, 50);
        out[offset + 4] = (float) p10;
        out[offset + 5] = (float) percentile(sorted, 0.50);
        out[offset + 6] = (float) p90;
        out[offset + 7] = (float) (p90 - p10);
        out[offset + 8] = (float) (sxx > 0 ? sxy / sxx : 0);
    }

    /** Population standard deviation of the selected frames (0 with fewer than two). */
    public static float std(float[] track, boolean[] keep) {
        if (track.length != keep.length) {
            throw new IllegalArgumentException("track has " + track.length + " frames but keep " + keep.length);
        }
        double s = 0;
        int n = 0;
        for (int i = 0; i < track.length; i++) {
            if (keep[i]) {
                s += track[i];
                n++;
            }
        }
        if (n < 2) {
            return 0f;
        }
        double m = s / n;
        double ss = 0;
        for (int i = 0; i < track.length; i++) {
            if (keep[i]) {
                double d = track[i] - m;
                ss += d * d;
            }
        }
        return (float) Math.sqrt(ss / n);
    }

    /**
     * The {@code q} quantile of sorted values by linear interpolation between order
     * statistics, numpy's default {@code np.percentile(v, 100 q)}.
     */
    public static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("q must be in [0, 1], got " + q);
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        double f = pos - lo;
        return sorted[lo] * (1 - f) + sorted[hi] * f;
    }

    private static double clamp(double x, double limit) {
        return Math.max(-limit, Math.min(limit, x));
    }
}
