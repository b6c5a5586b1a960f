package io.github.ser4j.dsp.spectral;

/**
 * Analysis windows, computed as {@code scipy.signal.get_window(name, n, fftbins=True)} does
 * (what librosa's {@code filters.get_window} calls for a window given by name).
 *
 * <p>{@code fftbins=True} gives the <em>periodic</em> window: the symmetric window of length
 * {@code n + 1} with its last sample dropped. A periodic Hann window overlap-adds to a constant
 * at hop {@code n/4} and {@code n/2}, which is why spectral analysis uses it rather than the
 * symmetric one used for filter design. Both Hann and Hamming are generalised cosine windows
 * {@code w[i] = a - (1 - a) cos(2 pi i / n)}, with {@code a = 0.5} (Hann) or {@code 0.54}
 * (Hamming); they are evaluated as scipy's {@code general_cosine} does, on
 * {@code linspace(-pi, pi, n + 1)}.
 */
public enum Window {
    /** {@code 'hann'}: {@code 0.5 - 0.5 cos(2 pi i / n)}; librosa's default window. */
    HANN(0.5),
    /** {@code 'hamming'}: {@code 0.54 - 0.46 cos(2 pi i / n)}. */
    HAMMING(0.54),
    /** {@code 'boxcar'} (rectangular): all ones. */
    BOXCAR(1.0);

    private final double alpha;

    Window(double alpha) {
        this.alpha = alpha;
    }

    /**
     * The periodic window of length {@code n}: {@code scipy.signal.get_window(name, n, fftbins=True)}.
     *
     * @param n window length, {@code >= 1}
     * @return {@code n} samples in double precision
     */
    public double[] periodic(int n) {
        requirePositive(n);
        double[] w = generalCosine(n + 1);
        return java.util.Arrays.copyOf(w, n);
    }

    /**
     * The symmetric window of length {@code n}: {@code scipy.signal.get_window(name, n, fftbins=False)}.
     *
     * @param n window length, {@code >= 1}
     * @return {@code n} samples in double precision
     */
    public double[] symmetric(int n) {
        requirePositive(n);
        return generalCosine(n);
    }

    /**
     * The periodic window of length {@code winLength}, zero-padded on both sides to {@code nFft}
     * samples as {@code librosa.util.pad_center} does (left pad {@code (nFft - winLength) / 2}).
     *
     * @param winLength window length, {@code 1 <= winLength <= nFft}
     * @param nFft      frame length
     * @return {@code nFft} samples as floats
     */
    public float[] periodicCentered(int winLength, int nFft) {
        if (winLength < 1 || winLength > nFft) {
            throw new IllegalArgumentException("winLength must be in [1, nFft=" + nFft + "], got " + winLength);
        }
        double[] w = periodic(winLength);
        float[] out = new float[nFft];
        int left = (nFft - winLength) / 2;
        for (int i = 0; i < winLength; i++) {
            out[left + i] = (float) w[i];
        }
        return out;
    }

    /** scipy's general_cosine(M, [a, 1 - a]) with its M == 1 guard. */
    private double[] generalCosine(int m) {
        double[] w = new double[m];
        if (m == 1 || this == BOXCAR) {
            java.util.Arrays.fill(w, 1.0);
            return w;
        }
        // fac = linspace(-pi, pi, m): start + i * step, the last point exactly pi (numpy).
        double step = (2.0 * Math.PI) / (m - 1);
        for (int i = 0; i < m; i++) {
            double fac = (i == m - 1) ? Math.PI : -Math.PI + i * step;
            w[i] = alpha + (1.0 - alpha) * Math.cos(fac);
        }
        return w;
    }

    private static void requirePositive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("window length must be >= 1, got " + n);
        }
    }
}
