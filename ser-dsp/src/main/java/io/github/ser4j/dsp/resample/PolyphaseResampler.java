package io.github.ser4j.dsp.resample;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rational resampling by an FIR low-pass between zero-stuffing and decimation:
 * {@code scipy.signal.resample_poly(x, up, down)} with its defaults (window
 * {@code ('kaiser', 5.0)}, {@code padtype='constant'}), librosa's {@code res_type='polyphase'}.
 *
 * <p>Conceptually: insert {@code up - 1} zeros between samples, low-pass at
 * {@code 1 / max(up, down)} of the new Nyquist, keep every {@code down}-th sample. The filter
 * is {@code firwin(2 * 10 * max(up, down) + 1, 1 / max(up, down), window=('kaiser', 5))}
 * normalised to unit DC gain, times {@code up}; it is delayed so that output 0 lines up with
 * input 0. Only the taps that meet non-zero inputs are evaluated:
 * <pre>
 *   y[m] = sum_i h[(m + pre) * down - i * up - prePad] * x[i]
 * </pre>
 * The filter is designed in double and, as scipy's {@code upfirdn} does for a float32
 * signal, rounded to float32; the products are summed in float32 in order of increasing
 * {@code i}, which reproduces scipy 1.10 bit for bit. The output has
 * {@code ceil(n * up / down)} samples.
 */
final class PolyphaseResampler {
    private static final double KAISER_BETA = 5.0;
    private static final Map<Long, float[]> FILTERS = new ConcurrentHashMap<>();

    private PolyphaseResampler() {
    }

    /** resample_poly's output length {@code ceil(n * up / down)}. */
    static long outputLength(long n, long up, long down) {
        long p = n * up;
        return p / down + (p % down != 0 ? 1 : 0);
    }

    /** Resamples by {@code up / down} (any common factor is removed first). */
    static float[] resample(float[] x, long up, long down) {
        if (up < 1 || down < 1) {
            throw new IllegalArgumentException("up and down must be positive, got up=" + up + " down=" + down);
        }
        long g = SincResampler.gcd(up, down);
        up /= g;
        down /= g;
        long maxRate = Math.max(up, down);
        if (maxRate > 100_000) {
            throw new IllegalArgumentException("polyphase ratio " + up + "/" + down
                    + " needs a filter of " + (20 * maxRate + 1) + " taps; use a kaiser_* type");
        }
        int nIn = x.length;
        long nOutL = outputLength(nIn, up, down);
        if (nOutL > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("output of " + nOutL + " samples is too long");
        }
        int nOut = (int) nOutL;
        if (up == 1 && down == 1) {
            return x.clone();
        }
        float[] h = filter(up, down);
        long halfLen = 10 * maxRate;
        long prePad = down - halfLen % down;
        long preRemove = (halfLen + prePad) / down;
        float[] y = new float[nOut];
        int len = h.length;
        for (int m = 0; m < nOut; m++) {
            // Index into the zero-stuffed signal, then into the padded filter: k = j - i * up.
            long j = (m + preRemove) * down - prePad;
            // Taps meet x[i] for 0 <= j - i*up < len.
            long iHi = Math.floorDiv(j, up);
            long iLo = Math.floorDiv(j - len, up) + 1;
            iHi = Math.min(iHi, nIn - 1);
            iLo = Math.max(iLo, 0);
            float acc = 0f;
            for (long i = iLo; i <= iHi; i++) {
                acc += h[(int) (j - i * up)] * x[(int) i];
            }
            y[m] = acc;
        }
        return y;
    }

    /** The design, cached per reduced ratio: firwin(...) / sum * up, as float32. */
    static float[] filter(long up, long down) {
        return FILTERS.computeIfAbsent(up * 1_000_003L + down, key -> design(up, down));
    }

    private static float[] design(long up, long down) {
        long maxRate = Math.max(up, down);
        double fc = 1.0 / maxRate;
        int halfLen = (int) (10 * maxRate);
        int numTaps = 2 * halfLen + 1;
        double alpha = 0.5 * (numTaps - 1);
        double i0Beta = KaiserSincTable.besselI0(KAISER_BETA);
        double[] h = new double[numTaps];
        for (int k = 0; k < numTaps; k++) {
            double m = k - alpha;
            double r = m / alpha;
            double w = KaiserSincTable.besselI0(KAISER_BETA * Math.sqrt(1 - r * r)) / i0Beta;
            h[k] = fc * KaiserSincTable.sinc(fc * m) * w;
        }
        // firwin(scale=True): unit gain at DC, the sum taken as numpy does (pairwise).
        double s = pairwiseSum(h, 0, numTaps);
        float[] hf = new float[numTaps];
        for (int k = 0; k < numTaps; k++) {
            hf[k] = (float) (h[k] / s * up);
        }
        return hf;
    }

    /** numpy's pairwise summation (blocks of 8 partial sums below 128 elements). */
    static double pairwiseSum(double[] a, int off, int n) {
        if (n < 8) {
            double res = 0.0;
            for (int i = 0; i < n; i++) {
                res += a[off + i];
            }
            return res;
        }
        if (n <= 128) {
            double[] r = new double[8];
            for (int j = 0; j < 8; j++) {
                r[j] = a[off + j];
            }
            int i = 8;
            for (; i < n - n % 8; i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[off + i + j];
                }
            }
            double res = (r[0] + r[1] + (r[2] + r[3])) + (r[4] + r[5] + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[off + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwiseSum(a, off, n2) + pairwiseSum(a, off + n2, n - n2);
    }
}
