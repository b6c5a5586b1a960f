package io.github.ser4j.dsp.resample;

import io.github.ser4j.dsp.resample.kernels.DotKernel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Band-limited sinc interpolation, resampy 0.4.2's {@code resample} (what librosa 0.9.2
 * calls for {@code res_type='kaiser_best'} and {@code 'kaiser_fast'}).
 *
 * <p>Output sample {@code t} sits at input time {@code tau = t * srOrig / srNew}; with
 * {@code n = floor(tau)} and {@code scale = min(1, srNew / srOrig)} it is
 * <pre>
 *   y[t] = sum_{i >= 0} h((i + frac) * scale) x[n - i]  +  sum_{k >= 0} h((k + 1 - frac) * scale) x[n + 1 + k]
 * </pre>
 * where {@code frac = tau - n} and {@code h} is the {@link KaiserSincTable} read at
 * {@code (distance * numTable)}, linearly interpolated between table points. When
 * downsampling, the filter is stretched by {@code 1/scale} (its cutoff drops to the new
 * Nyquist) and its gain multiplied by the ratio. Exactly as resampy does:
 * <ul>
 *   <li>the table step per input sample is {@code indexStep = (int) (scale * numTable)}
 *       (truncated), and each wing starts at {@code offset = (int) (frac * scale * numTable)}
 *       with interpolation weight {@code eta}, the remainder;</li>
 *   <li>each wing holds {@code (tableLength - offset) / indexStep} taps and stops at the
 *       signal's ends (no padding, no reflection);</li>
 *   <li>the output has {@code (int) (n * srNew / srOrig)} samples.</li>
 * </ul>
 *
 * <p><b>Speed.</b> When both rates are whole numbers, {@code srNew / srOrig = up / down} in
 * lowest terms and the fractional position of output {@code t} is {@code (t * down mod up) / up}:
 * only {@code up} distinct phases exist. A {@link Plan} computes each phase's interpolated
 * coefficients once (double precision, stored as float) and every output becomes one
 * contiguous dot product ({@link DotKernel}). Plans are cached per (up, down, table).
 * Other ratios, and ratios with too many phases, use {@link #resampleDirect}, a literal
 * transcription of resampy's loop (double weights, float32 accumulator rounded after every
 * addition, as numba does when adding into a float32 array).
 */
final class SincResampler {
    /** Largest phase bank kept, in coefficients (16 MB). */
    static final long MAX_BANK = 4L << 20;
    private static final Map<PlanKey, Plan> PLANS = new ConcurrentHashMap<>();

    private SincResampler() {
    }

    private record PlanKey(long up, long down, KaiserSincTable table) {
    }

    /** resampy's output length {@code int(n * srNew / srOrig)}. */
    static int resampyLength(int n, double srOrig, double srNew) {
        return (int) (n * srNew / srOrig);
    }

    /**
     * Resamples {@code x} to {@code nOut} samples (resampy's length, or more when the caller
     * wants the formula continued), using a cached phase bank when the ratio is rational with
     * few phases and the direct loop otherwise.
     */
    static float[] resample(float[] x, double srOrig, double srNew, int nOut, KaiserSincTable table,
                            DotKernel kernel) {
        Plan plan = planFor(srOrig, srNew, table);
        if (plan == null) {
            return resampleDirect(x, srOrig, srNew, nOut, table);
        }
        return plan.apply(x, nOut, kernel);
    }

    static Plan planFor(double srOrig, double srNew, KaiserSincTable table) {
        if (srOrig != Math.rint(srOrig) || srNew != Math.rint(srNew) || srOrig > 1e9 || srNew > 1e9) {
            return null;
        }
        long o = (long) srOrig;
        long s = (long) srNew;
        long g = gcd(o, s);
        long up = s / g;
        long down = o / g;
        double ratio = srNew / srOrig;
        double scale = Math.min(1.0, ratio);
        long taps = 2L * (table.numZeros() * (long) table.numTable() + 1) / Math.max(1, (long) (scale * table.numTable())) + 2;
        if ((up + 1) * taps > MAX_BANK) {
            return null;
        }
        PlanKey key = new PlanKey(up, down, table);
        Plan p = PLANS.get(key);
        if (p == null) {
            if (PLANS.size() > 64) {
                PLANS.clear();
            }
            p = new Plan((int) up, (int) down, ratio, table);
            PLANS.put(key, p);
        }
        return p;
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Checks that the filter can be stepped at this ratio (resampy divides by the step). */
    static int indexStep(double ratio, KaiserSincTable table) {
        int step = (int) (Math.min(1.0, ratio) * table.numTable());
        if (step < 1) {
            throw new IllegalArgumentException("resampling ratio " + ratio + " is below 1/" + table.numTable()
                    + ", the smallest this filter table can step");
        }
        return step;
    }

    /**
     * resampy's interpolated table value at {@code index + eta}, for the table scaled by
     * {@code gain}: {@code w[index] + eta * (w[index + 1] - w[index])}, with resampy's
     * zero difference after the last point.
     */
    static double weight(double[] win, double gain, int index, double eta) {
        double w = gain * win[index];
        double d = index + 1 < win.length ? gain * win[index + 1] - w : 0.0;
        return w + eta * d;
    }

    /** The literal resampy loop; see the class comment. */
    static float[] resampleDirect(float[] x, double srOrig, double srNew, int nOut, KaiserSincTable table) {
        double ratio = srNew / srOrig;
        float[] y = new float[nOut];
        for (int t = 0; t < nOut; t++) {
            y[t] = directAt(x, t, ratio, table);
        }
        return y;
    }

    /** Output {@code t} of resampy's loop at {@code ratio = srNew / srOrig}. */
    static float directAt(float[] x, int t, double ratio, KaiserSincTable table) {
        int indexStep = indexStep(ratio, table);
        double[] win = table.halfWindow();
        double gain = ratio < 1 ? ratio : 1.0;
        double scale = Math.min(1.0, ratio);
        int numTable = table.numTable();
        int nwin = win.length;
        double timeRegister = t * (1.0 / ratio);
        int n = (int) timeRegister;
        double frac = scale * (timeRegister - n);
        double indexFrac = frac * numTable;
        int offset = (int) indexFrac;
        double eta = indexFrac - offset;
        float acc = 0f;
        // Left wing: x[n], x[n-1], ... at distances frac, frac + 1, ... (times scale).
        int iMax = Math.min(n + 1, (nwin - offset) / indexStep);
        for (int i = 0; i < iMax; i++) {
            acc = (float) (acc + weight(win, gain, offset + i * indexStep, eta) * x[n - i]);
        }
        // Right wing: x[n+1], x[n+2], ... at distances 1 - frac, 2 - frac, ...
        frac = scale - frac;
        indexFrac = frac * numTable;
        offset = (int) indexFrac;
        eta = indexFrac - offset;
        int kMax = Math.min(x.length - n - 1, (nwin - offset) / indexStep);
        for (int k = 0; k < kMax; k++) {
            acc = (float) (acc + weight(win, gain, offset + k * indexStep, eta) * x[n + k + 1]);
        }
        return acc;
    }

    /**
     * The phase bank of one rational ratio {@code up / down}. Phase {@code r < up} serves
     * outputs at fractional position {@code r / up}; the extra phase {@code up} (fraction 1)
     * serves the outputs that resampy, computing {@code t * (1 / ratio)} in double, places a
     * hair before an integer input time, so that it keeps resampy's choice of {@code n}.
     * Row {@code p} holds the left wing reversed then the right wing, so that output
     * {@code y = dot(coef[p], x[n - left[p] + 1 ...])}.
     */
    static final class Plan {
        final int up;
        final int down;
        final double ratio;
        final double timeIncrement;
        final KaiserSincTable table;
        final float[][] coef;
        final int[] left;

        Plan(int up, int down, double ratio, KaiserSincTable table) {
            this.up = up;
            this.down = down;
            this.ratio = ratio;
            this.timeIncrement = 1.0 / ratio;
            this.table = table;
            int indexStep = indexStep(ratio, table);
            double[] win = table.halfWindow();
            double gain = ratio < 1 ? ratio : 1.0;
            double scale = Math.min(1.0, ratio);
            int numTable = table.numTable();
            int nwin = win.length;
            coef = new float[up + 1][];
            left = new int[up + 1];
            for (int r = 0; r <= up; r++) {
                double frac = scale * (r == up ? 1.0 : r / (double) up);
                double indexFrac = frac * numTable;
                int offL = (int) indexFrac;
                double etaL = indexFrac - offL;
                int nl = (nwin - offL) / indexStep;
                double frac2 = scale - frac;
                double indexFrac2 = frac2 * numTable;
                int offR = (int) indexFrac2;
                double etaR = indexFrac2 - offR;
                int nr = (nwin - offR) / indexStep;
                float[] c = new float[nl + nr];
                for (int i = 0; i < nl; i++) {
                    c[nl - 1 - i] = (float) weight(win, gain, offL + i * indexStep, etaL);
                }
                for (int k = 0; k < nr; k++) {
                    c[nl + k] = (float) weight(win, gain, offR + k * indexStep, etaR);
                }
                coef[r] = c;
                left[r] = nl;
            }
        }

        float[] apply(float[] x, int nOut, DotKernel kernel) {
            float[] y = new float[nOut];
            int nOrig = x.length;
            for (int t = 0; t < nOut; t++) {
                long pos = (long) t * down;
                int n = (int) (pos / up);
                int r = (int) (pos % up);
                int nd = (int) (t * timeIncrement);
                if (nd != n) {
                    if (r == 0 && nd == n - 1) {
                        n = nd;
                        r = up;
                    } else {
                        // Rounding put t / ratio in another input interval than the exact
                        // rational position; follow resampy literally for this output.
                        y[t] = directAt(x, t, ratio, table);
                        continue;
                    }
                }
                float[] c = coef[r];
                int start = n - left[r] + 1;
                int j0 = Math.max(0, -start);
                int j1 = (int) Math.min(c.length, (long) nOrig - start);
                if (j1 > j0) {
                    y[t] = kernel.dot(c, j0, x, start + j0, j1 - j0);
                }
            }
            return y;
        }
    }
}
