package io.github.ser4j.dsp.spectral;

/**
 * The mel scale and the frequency grids of librosa: {@code hz_to_mel}, {@code mel_to_hz},
 * {@code mel_frequencies}, {@code fft_frequencies} (librosa 0.9.2).
 *
 * <p>Slaney's scale (librosa's default, {@code htk=False}, as in the Auditory Toolbox) is linear
 * below 1 kHz, {@code m = 3 f / 200}, and logarithmic above, {@code m = 15 + ln(f / 1000) /
 * (ln(6.4) / 27)}; the HTK scale is {@code m = 2595 log10(1 + f / 700)} everywhere.
 */
public final class MelScale {
    private static final double F_SP = 200.0 / 3;
    private static final double MIN_LOG_HZ = 1000.0;
    private static final double MIN_LOG_MEL = MIN_LOG_HZ / F_SP;
    private static final double LOGSTEP = Math.log(6.4) / 27.0;

    private MelScale() {
    }

    /** {@code librosa.hz_to_mel(f, htk)}. */
    public static double hzToMel(double hz, boolean htk) {
        if (htk) {
            return 2595.0 * Math.log10(1.0 + hz / 700.0);
        }
        if (hz >= MIN_LOG_HZ) {
            return MIN_LOG_MEL + Math.log(hz / MIN_LOG_HZ) / LOGSTEP;
        }
        return hz / F_SP;
    }

    /** {@code librosa.mel_to_hz(m, htk)}. */
    public static double melToHz(double mel, boolean htk) {
        if (htk) {
            return 700.0 * (Math.pow(10.0, mel / 2595.0) - 1.0);
        }
        if (mel >= MIN_LOG_MEL) {
            return MIN_LOG_HZ * Math.exp(LOGSTEP * (mel - MIN_LOG_MEL));
        }
        return F_SP * mel;
    }

    /**
     * {@code librosa.mel_frequencies(n_mels=n, fmin, fmax, htk)}: {@code n} frequencies equally
     * spaced on the mel scale from {@code fmin} to {@code fmax} inclusive ({@code np.linspace}
     * in mels).
     */
    public static double[] melFrequencies(int n, double fmin, double fmax, boolean htk) {
        if (n < 1) {
            throw new IllegalArgumentException("number of mel frequencies must be >= 1, got " + n);
        }
        double lo = hzToMel(fmin, htk);
        double hi = hzToMel(fmax, htk);
        double[] f = new double[n];
        double step = n > 1 ? (hi - lo) / (n - 1) : 0;
        for (int i = 0; i < n; i++) {
            double mel = (n > 1 && i == n - 1) ? hi : lo + i * step;
            f[i] = melToHz(mel, htk);
        }
        return f;
    }

    /**
     * {@code librosa.fft_frequencies(sr, n_fft)} ({@code np.fft.rfftfreq(n_fft, 1/sr)}): the
     * centre frequency of each of the {@code nFft/2 + 1} bins.
     */
    public static double[] fftFrequencies(double sampleRate, int nFft) {
        double val = 1.0 / (nFft * (1.0 / sampleRate));
        double[] f = new double[nFft / 2 + 1];
        for (int k = 0; k < f.length; k++) {
            f[k] = k * val;
        }
        return f;
    }
}
