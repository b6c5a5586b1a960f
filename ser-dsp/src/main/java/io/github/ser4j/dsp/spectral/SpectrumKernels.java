package io.github.ser4j.dsp.spectral;

/**
 * The per-frame inner loops of the spectral front end, in plain scalar Java. Each allocates
 * nothing, so a frame-by-frame pipeline runs without garbage.
 */
final class SpectrumKernels {
    private SpectrumKernels() {
    }

    /** {@code |re + i im| ^ exponent}, with the common exponents 1 and 2 done without pow. */
    static float magnitudePow(float re, float im, double exponent) {
        float p = re * re + im * im;
        if (exponent == 2.0) {
            return p;
        }
        if (exponent == 1.0) {
            return (float) Math.sqrt(p);
        }
        return (float) Math.pow(p, exponent * 0.5);
    }

    /** {@code out[k] = |X[k]|^exponent} for {@code k < bins}. */
    static void spectrum(float[] re, float[] im, int bins, double exponent, float[] out) {
        if (exponent == 2.0) {
            for (int k = 0; k < bins; k++) {
                out[k] = re[k] * re[k] + im[k] * im[k];
            }
        } else if (exponent == 1.0) {
            for (int k = 0; k < bins; k++) {
                out[k] = (float) Math.sqrt(re[k] * re[k] + im[k] * im[k]);
            }
        } else {
            for (int k = 0; k < bins; k++) {
                out[k] = (float) Math.pow(re[k] * re[k] + im[k] * im[k], exponent * 0.5);
            }
        }
    }

    /**
     * {@code p[i] = p[i] ^ (exponent / 2)} for {@code i < n}: power {@code |X|^2} to
     * {@code |X|^exponent} (nothing for 2, a square root for 1).
     */
    static void powerToExponent(float[] p, int n, double exponent) {
        if (exponent == 2.0) {
            return;
        }
        if (exponent == 1.0) {
            for (int i = 0; i < n; i++) {
                p[i] = (float) Math.sqrt(p[i]);
            }
        } else {
            double half = exponent * 0.5;
            for (int i = 0; i < n; i++) {
                p[i] = (float) Math.pow(p[i], half);
            }
        }
    }

    /** {@code out[k] = x[offset + k] * w[k]} for {@code k < w.length}. */
    static void windowed(float[] x, int offset, float[] w, float[] out) {
        for (int k = 0; k < w.length; k++) {
            out[k] = x[offset + k] * w[k];
        }
    }
}
