package io.github.ser4j.dsp.spectral;

/**
 * {@code |X[k]|^exponent} of one frame's spectrum: the step from a complex STFT frame to a
 * row of librosa's {@code _spectrogram(power=exponent)}.
 */
public final class PowerSpectrum {
    private PowerSpectrum() {
    }

    /**
     * {@code out[k] = (re[k]^2 + im[k]^2)^(exponent/2)} for {@code k < bins}; exponents 1 and 2
     * without {@code pow}.
     *
     * @param re       real parts
     * @param im       imaginary parts
     * @param bins     number of bins
     * @param exponent 1 for magnitude, 2 for power
     * @param out      receives {@code bins} values
     */
    public static void compute(float[] re, float[] im, int bins, double exponent, float[] out) {
        SpectrumKernels.spectrum(re, im, bins, exponent, out);
    }

    /**
     * {@code p[i] = p[i]^(exponent/2)} for {@code i < n}: power spectra {@code |X|^2} (as the FFT's
     * batch transform gives them) to {@code |X|^exponent}, in place.
     *
     * @param p        power values
     * @param n        number of values
     * @param exponent 1 for magnitude, 2 for power (no change)
     */
    public static void fromPower(float[] p, int n, double exponent) {
        SpectrumKernels.powerToExponent(p, n, exponent);
    }
}
