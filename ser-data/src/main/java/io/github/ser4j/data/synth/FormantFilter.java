package io.github.ser4j.data.synth;

/**
 * The vocal tract as a cascade of second-order resonators, one per formant (Klatt 1980).
 *
 * <p>Each resonator is {@code y[n] = A x[n] + B y[n-1] + C y[n-2]} with
 * {@code C = -exp(-2 pi bw T)}, {@code B = 2 exp(-pi bw T) cos(2 pi f T)},
 * {@code A = 1 - B - C} (unit gain at 0 Hz). In cascade, the relative formant amplitudes
 * come out right by themselves, which is why cascade synthesis suits vowels. Formant
 * frequencies and bandwidths may change over time; coefficients are recomputed every
 * {@value #UPDATE} samples (0.5 ms at 16 kHz), far faster than articulators move.
 */
final class FormantFilter {
    static final int UPDATE = 8;

    private FormantFilter() {
    }

    /**
     * Filters {@code x} in place.
     *
     * @param x          the excitation, replaced by the output
     * @param formants   {@code [formant][sample]} centre frequencies, Hz
     * @param bandwidths bandwidth of each formant, Hz
     * @param sampleRate samples per second
     */
    static void apply(float[] x, float[][] formants, double[] bandwidths, int sampleRate) {
        double t = 1.0 / sampleRate;
        double nyquistGuard = 0.45 * sampleRate;
        for (int k = 0; k < formants.length; k++) {
            float[] f = formants[k];
            double y1 = 0;
            double y2 = 0;
            double a = 0;
            double b = 0;
            double c = 0;
            double r = Math.exp(-Math.PI * bandwidths[k] * t);
            for (int n = 0; n < x.length; n++) {
                if (n % UPDATE == 0) {
                    double fk = Math.min(f[n], nyquistGuard);
                    c = -r * r;
                    b = 2 * r * Math.cos(2 * Math.PI * fk * t);
                    a = 1 - b - c;
                }
                double y = a * x[n] + b * y1 + c * y2;
                y2 = y1;
                y1 = y;
                x[n] = (float) y;
            }
        }
    }

    /** One fixed resonator applied in place (used for fricative noise). */
    static void resonate(float[] x, double freq, double bandwidth, int sampleRate) {
        double t = 1.0 / sampleRate;
        double r = Math.exp(-Math.PI * bandwidth * t);
        double c = -r * r;
        double b = 2 * r * Math.cos(2 * Math.PI * Math.min(freq, 0.45 * sampleRate) * t);
        double a = 1 - b - c;
        double y1 = 0;
        double y2 = 0;
        for (int n = 0; n < x.length; n++) {
            double y = a * x[n] + b * y1 + c * y2;
            y2 = y1;
            y1 = y;
            x[n] = (float) y;
        }
    }
}
