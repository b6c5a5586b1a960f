package io.github.ser4j.dsp.features;

/**
 * Chroma filters: {@code librosa.filters.chroma(sr, n_fft, n_chroma, tuning, ctroct=5.0,
 * octwidth=2, norm=2, base_c=True)} (librosa 0.9.2), after Dan Ellis' {@code fft2chromamx}.
 *
 * <p>Each FFT bin's frequency is expressed in chroma bins, {@code b = n_chroma log2(f / (A / 16))}
 * with {@code A = 440 * 2^(tuning / n_chroma)}. For every pitch class {@code c} the bin gets a
 * Gaussian weight {@code exp(-0.5 (2 D / w)^2)}, where {@code D} is the distance from {@code b}
 * to {@code c} wrapped to {@code [-n_chroma/2, n_chroma/2)} (so all octaves of a pitch class
 * collect together) and {@code w} the bin's width in chroma bins (at least 1). Columns are
 * normalised to unit L2 norm, then weighted by a Gaussian over octaves centred on octave
 * {@code ctroct = 5} (about 880 Hz) with a standard deviation of 2 octaves, which de-emphasises
 * very low and very high bins. Finally rows are rotated so that row 0 is C rather than A.
 * Computed in double, returned as float.
 */
public final class ChromaFilterbank {
    private ChromaFilterbank() {
    }

    /**
     * The filters {@code [nChroma][nFft/2 + 1]}.
     *
     * @param sampleRate sample rate in Hz
     * @param nFft       FFT length
     * @param nChroma    pitch classes per octave, {@code >= 1}
     * @param tuning     deviation from A440 in fractions of a chroma bin
     */
    public static float[][] of(int sampleRate, int nFft, int nChroma, double tuning) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sampleRate must be positive, got " + sampleRate);
        }
        if (nFft < 2) {
            throw new IllegalArgumentException("nFft must be >= 2, got " + nFft);
        }
        if (nChroma < 1) {
            throw new IllegalArgumentException("nChroma must be >= 1, got " + nChroma);
        }
        if (Double.isNaN(tuning) || Double.isInfinite(tuning)) {
            throw new IllegalArgumentException("tuning must be finite, got " + tuning);
        }
        double ctroct = 5.0;
        double octwidth = 2.0;
        double a440 = 440.0 * Math.pow(2.0, tuning / nChroma);
        double step = (double) sampleRate / nFft;
        double[] frq = new double[nFft];
        for (int k = 1; k < nFft; k++) {
            frq[k] = nChroma * log2((k * step) / (a440 / 16));
        }
        // the 0 Hz bin: 1.5 octaves below bin 1
        frq[0] = frq[1] - 1.5 * nChroma;
        double[] width = new double[nFft];
        for (int k = 0; k < nFft - 1; k++) {
            width[k] = Math.max(frq[k + 1] - frq[k], 1.0);
        }
        width[nFft - 1] = 1.0;
        double half = Math.rint(nChroma / 2.0);
        int bins = nFft / 2 + 1;
        double[][] w = new double[nChroma][bins];
        for (int k = 0; k < bins; k++) {
            double norm = 0;
            for (int c = 0; c < nChroma; c++) {
                double d = (frq[k] - c + half + 10.0 * nChroma) % nChroma - half;
                double g = 2.0 * d / width[k];
                w[c][k] = Math.exp(-0.5 * g * g);
                norm += w[c][k] * w[c][k];
            }
            norm = Math.sqrt(norm);
            double oct = (frq[k] / nChroma - ctroct) / octwidth;
            double octWeight = Math.exp(-0.5 * oct * oct);
            for (int c = 0; c < nChroma; c++) {
                double v = norm < Double.MIN_NORMAL ? w[c][k] : w[c][k] / norm;
                w[c][k] = v * octWeight;
            }
        }
        int roll = 3 * (nChroma / 12);
        float[][] out = new float[nChroma][bins];
        for (int c = 0; c < nChroma; c++) {
            double[] src = w[(c + roll) % nChroma];
            for (int k = 0; k < bins; k++) {
                out[c][k] = (float) src[k];
            }
        }
        return out;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2.0);
    }
}
