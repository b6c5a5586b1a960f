package io.github.ser4j.dsp.spectral;

import java.util.Objects;

/**
 * A complex STFT, laid out as librosa returns it: {@code re[bin][frame]},
 * {@code im[bin][frame]}, bin {@code k} at frequency {@code k * sampleRate / nFft}.
 *
 * <p>The arrays are shared, not copied: the holder promises not to mutate them while the
 * spectrogram is in use.
 *
 * @param re real parts {@code [bins][frames]}
 * @param im imaginary parts {@code [bins][frames]}
 */
public record ComplexSpectrogram(float[][] re, float[][] im) {

    /** Checks that {@code re} and {@code im} are rectangular and of the same shape. */
    public ComplexSpectrogram {
        Objects.requireNonNull(re, "re");
        Objects.requireNonNull(im, "im");
        if (re.length != im.length) {
            throw new IllegalArgumentException("re has " + re.length + " bins but im has " + im.length);
        }
        int frames = re.length == 0 ? 0 : re[0].length;
        for (int k = 0; k < re.length; k++) {
            if (re[k].length != frames || im[k].length != frames) {
                throw new IllegalArgumentException("bin " + k + " has " + re[k].length + " real and " + im[k].length
                        + " imaginary frames, expected " + frames);
            }
        }
    }

    /** An all-zero spectrogram of the given shape. */
    public static ComplexSpectrogram zeros(int bins, int frames) {
        return new ComplexSpectrogram(new float[bins][frames], new float[bins][frames]);
    }

    /** Number of frequency bins. */
    public int bins() {
        return re.length;
    }

    /** Number of frames. */
    public int frames() {
        return re.length == 0 ? 0 : re[0].length;
    }

    /** {@code np.abs(S)}: the magnitude {@code [bins][frames]}. */
    public float[][] magnitude() {
        return spectrogram(1.0);
    }

    /** {@code np.abs(S) ** 2}: the power {@code [bins][frames]}. */
    public float[][] power() {
        return spectrogram(2.0);
    }

    /**
     * {@code np.abs(S) ** exponent} ({@code librosa}'s {@code _spectrogram(power=exponent)}).
     *
     * @param exponent positive exponent; 1 gives magnitude, 2 power
     */
    public float[][] spectrogram(double exponent) {
        if (!(exponent > 0) || Double.isInfinite(exponent)) {
            throw new IllegalArgumentException("exponent must be positive and finite, got " + exponent);
        }
        int bins = bins();
        int frames = frames();
        float[][] out = new float[bins][frames];
        for (int k = 0; k < bins; k++) {
            float[] r = re[k];
            float[] i = im[k];
            float[] o = out[k];
            for (int t = 0; t < frames; t++) {
                o[t] = SpectrumKernels.magnitudePow(r[t], i[t], exponent);
            }
        }
        return out;
    }
}
