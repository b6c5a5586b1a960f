package io.github.ser4j.dsp.augment;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Adds white Gaussian noise at a signal-to-noise ratio drawn uniformly from
 * {@code [minSnrDb, maxSnrDb]}.
 *
 * <p>With signal power {@code Ps = mean(x^2)}, the noise is scaled so that its power over
 * this utterance is exactly {@code Pn = Ps / 10^(snr / 10)}: the drawn noise is normalised
 * by its own measured power rather than by the nominal variance 1, so the requested SNR
 * holds for short signals too, not just on average. (Several SER projects instead add
 * {@code 0.035 * U(0,1) * max|x|} times unit noise, which is an SNR that depends on the
 * crest factor of each utterance.) A silent input (zero power) is returned unchanged: no
 * noise level has the requested ratio to it.
 *
 * @param minSnrDb the lowest SNR in dB, finite
 * @param maxSnrDb the highest SNR in dB, finite, {@code >= minSnrDb}
 */
public record AdditiveNoise(double minSnrDb, double maxSnrDb) implements Augmentation {

    /** Validates the range. */
    public AdditiveNoise {
        Draws.checkRange("minSnrDb", minSnrDb, "maxSnrDb", maxSnrDb);
    }

    /** Noise at exactly {@code snrDb}. */
    public static AdditiveNoise atSnr(double snrDb) {
        return new AdditiveNoise(snrDb, snrDb);
    }

    @Override
    public float[] apply(float[] x, int sampleRate, RandomGenerator rng) {
        Draws.checkInput(x, sampleRate, rng);
        return addAtSnr(x, Draws.uniform(rng, minSnrDb, maxSnrDb), rng);
    }

    /**
     * Adds white Gaussian noise with power {@code mean(x^2) / 10^(snrDb / 10)}.
     *
     * @param x     the signal, not modified
     * @param snrDb the signal-to-noise ratio in dB, finite
     * @param rng   the source of the noise ({@link RandomGenerator#nextGaussian()})
     * @return a new array, {@code x + noise}
     */
    public static float[] addAtSnr(float[] x, double snrDb, RandomGenerator rng) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(rng, "rng");
        if (!Double.isFinite(snrDb)) {
            throw new IllegalArgumentException("snrDb must be finite, got " + snrDb);
        }
        int n = x.length;
        double signalPower = 0;
        for (float v : x) {
            signalPower += (double) v * v;
        }
        if (n == 0 || signalPower == 0) {
            return x.clone();
        }
        signalPower /= n;
        double[] noise = new double[n];
        double drawnPower = 0;
        for (int i = 0; i < n; i++) {
            double g = rng.nextGaussian();
            noise[i] = g;
            drawnPower += g * g;
        }
        drawnPower /= n;
        if (drawnPower == 0) {
            return x.clone();
        }
        double scale = Math.sqrt(signalPower / Math.pow(10, snrDb / 10) / drawnPower);
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            y[i] = (float) (x[i] + scale * noise[i]);
        }
        return y;
    }
}
