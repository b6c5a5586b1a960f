package io.github.ser4j.dsp.fft;

/** The DFT by its definition, in double precision: the oracle for the FFT tests. */
final class NaiveDft {
    private NaiveDft() {
    }

    /** {@code X[k] = sum_t x[t] exp(-2 pi i k t / n)}; returns {re[], im[]} of length n. */
    static double[][] complex(float[] re, float[] im) {
        return complex(re, im, re.length);
    }

    /** The first {@code bins} outputs of {@link #complex(float[], float[])}. */
    static double[][] complex(float[] re, float[] im, int bins) {
        int n = re.length;
        double[] cos = new double[n];
        double[] sin = new double[n];
        for (int i = 0; i < n; i++) {
            cos[i] = Math.cos(-2 * Math.PI * i / n);
            sin[i] = Math.sin(-2 * Math.PI * i / n);
        }
        double[][] out = new double[2][bins];
        for (int k = 0; k < bins; k++) {
            double sr = 0;
            double si = 0;
            int idx = 0;
            for (int t = 0; t < n; t++) {
                // idx = k t mod n, kept incrementally
                double c = cos[idx];
                double s = sin[idx];
                sr += re[t] * c - im[t] * s;
                si += re[t] * s + im[t] * c;
                idx += k;
                if (idx >= n) {
                    idx -= n;
                }
            }
            out[0][k] = sr;
            out[1][k] = si;
        }
        return out;
    }

    /** Largest |a - ref| over all bins, divided by the largest |ref|: the error relative to the spectrum's peak. */
    static double relativeError(float[] re, float[] im, double[][] ref, int bins) {
        double maxErr = 0;
        double maxRef = 0;
        for (int k = 0; k < bins; k++) {
            maxErr = Math.max(maxErr, Math.hypot(re[k] - ref[0][k], im[k] - ref[1][k]));
            maxRef = Math.max(maxRef, Math.hypot(ref[0][k], ref[1][k]));
        }
        return maxRef == 0 ? maxErr : maxErr / maxRef;
    }
}
