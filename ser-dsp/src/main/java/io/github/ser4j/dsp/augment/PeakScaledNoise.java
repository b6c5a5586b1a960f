package io.github.ser4j.dsp.augment;

import java.util.random.RandomGenerator;

/**
 * Adds white Gaussian noise whose standard deviation is a random fraction of the signal's
 * peak: {@code y = x + (maxFraction * U(0, 1) * max(x)) * N(0, 1)}, the noise of the
 * widely copied SER notebooks ({@code noise_amp = 0.035 * np.random.uniform() *
 * np.amax(data)}, so {@code maxFraction = 0.035}). {@code max(x)} is the largest sample
 * value, as {@code np.amax} computes it (not the largest magnitude).
 *
 * <p>Prefer {@link AdditiveNoise}, whose SNR does not depend on each utterance's crest
 * factor; this one exists to reproduce those notebooks.
 *
 * @param maxFraction the largest noise standard deviation as a fraction of the peak,
 *                    finite and {@code >= 0}
 */
public record PeakScaledNoise(double maxFraction) implements Augmentation {

    /** The notebooks' fraction, 0.035. */
    public static final double NOTEBOOK_FRACTION = 0.035;

    /** Validates the fraction. */
    public PeakScaledNoise {
        if (!(maxFraction >= 0) || Double.isInfinite(maxFraction)) {
            throw new IllegalArgumentException("maxFraction must be finite and >= 0, got " + maxFraction);
        }
    }

    @Override
    public float[] apply(float[] x, int sampleRate, RandomGenerator rng) {
        Draws.checkInput(x, sampleRate, rng);
        float peak = Float.NEGATIVE_INFINITY;
        for (float v : x) {
            peak = Math.max(peak, v);
        }
        double amplitude = maxFraction * rng.nextDouble() * (x.length == 0 ? 0 : peak);
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (float) (x[i] + amplitude * rng.nextGaussian());
        }
        return y;
    }
}
