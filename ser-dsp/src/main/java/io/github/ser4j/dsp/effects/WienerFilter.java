package io.github.ser4j.dsp.effects;

import java.util.Objects;

/**
 * Adaptive Wiener noise reduction over a sliding window, the twin of
 * {@code scipy.signal.wiener(x, mysize=3, noise=None)} for one-dimensional signals.
 *
 * <p>For a window of {@code m = mysize} samples around each sample (zero outside the
 * signal, aligned as {@code scipy.signal.correlate(x, ones(m), 'same')}: samples
 * {@code i - m/2 ... i - m/2 + m - 1}, integer division), the local mean and variance are
 * <pre>
 *   mu[i]  = sum(x[window]) / m
 *   var[i] = sum(x[window]^2) / m - mu[i]^2
 * </pre>
 * The noise power, when not given, is the mean of {@code var} over the signal. The output
 * shrinks each sample towards its local mean by how much of the local variance is noise:
 * <pre>
 *   y[i] = mu[i] + (1 - noise / var[i]) (x[i] - mu[i])   if var[i] >= noise
 *   y[i] = mu[i]                                          otherwise
 * </pre>
 * so loud, structured regions (variance well above the noise) pass almost unchanged and
 * quiet ones are smoothed to their mean. The sums are accumulated in double precision, as
 * scipy does; the output is float32. One deliberate difference: where the local variance
 * and the noise are both zero (an all-zero stretch), scipy returns NaN ({@code 0/0}); this
 * returns the local mean.
 */
public final class WienerFilter {

    /** scipy's default window length. */
    public static final int DEFAULT_SIZE = 3;

    private WienerFilter() {
    }

    /** {@code scipy.signal.wiener(x)}: window 3, noise estimated from the signal. */
    public static float[] apply(float[] x) {
        return apply(x, DEFAULT_SIZE);
    }

    /**
     * {@code scipy.signal.wiener(x, mysize)}: noise estimated as the mean local variance.
     *
     * @param x      the signal, not modified
     * @param mysize the window length in samples, positive
     * @return a new array of the same length
     */
    public static float[] apply(float[] x, int mysize) {
        Objects.requireNonNull(x, "x");
        checkSize(mysize);
        double[][] stats = localStats(x, mysize);
        double noise = 0;
        for (double v : stats[1]) {
            noise += v;
        }
        noise = x.length == 0 ? 0 : noise / x.length;
        return shrink(x, stats, noise);
    }

    /**
     * {@code scipy.signal.wiener(x, mysize, noise)} with a known noise power.
     *
     * @param x      the signal, not modified
     * @param mysize the window length in samples, positive
     * @param noise  the noise power (variance), finite and non-negative
     * @return a new array of the same length
     */
    public static float[] apply(float[] x, int mysize, double noise) {
        Objects.requireNonNull(x, "x");
        checkSize(mysize);
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be finite and >= 0, got " + noise);
        }
        return shrink(x, localStats(x, mysize), noise);
    }

    /** Local mean and variance: {@code {mu, var}}, from prefix sums of x and x^2. */
    private static double[][] localStats(float[] x, int m) {
        int n = x.length;
        double[] s1 = new double[n + 1];
        double[] s2 = new double[n + 1];
        for (int i = 0; i < n; i++) {
            double v = x[i];
            s1[i + 1] = s1[i] + v;
            s2[i + 1] = s2[i] + v * v;
        }
        double[] mu = new double[n];
        double[] var = new double[n];
        int left = m / 2;
        for (int i = 0; i < n; i++) {
            // Window [i - left, i - left + m), clipped: the zero padding adds nothing.
            int lo = Math.max(0, i - left);
            int hi = (int) Math.min(n, (long) i - left + m);
            double mean = (s1[hi] - s1[lo]) / m;
            mu[i] = mean;
            var[i] = (s2[hi] - s2[lo]) / m - mean * mean;
        }
        return new double[][] {mu, var};
    }

    private static float[] shrink(float[] x, double[][] stats, double noise) {
        double[] mu = stats[0];
        double[] var = stats[1];
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = var[i];
            if (v < noise || v <= 0) {
                y[i] = (float) mu[i];
            } else {
                y[i] = (float) (mu[i] + (1 - noise / v) * (x[i] - mu[i]));
            }
        }
        return y;
    }

    private static void checkSize(int mysize) {
        if (mysize <= 0) {
            throw new IllegalArgumentException("mysize must be positive, got " + mysize);
        }
    }
}
