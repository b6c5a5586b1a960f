package io.github.ser4j.dsp.augment;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Shifts the signal in time by a whole number of samples drawn uniformly from
 * {@code [-m, m]}, {@code m = round(maxSeconds * sampleRate)} (at most the signal length).
 *
 * <p>A positive shift delays the signal (moves it later). {@link Mode#ROLL} wraps the
 * samples that fall off one end round to the other, as {@code np.roll} does in the SER
 * notebooks that shift by {@code np.roll(data, shift)}; {@link Mode#ZERO_FILL} drops them
 * and fills the vacated end with silence, which keeps the utterance's start and end intact
 * in time order.
 *
 * @param maxSeconds the largest shift in seconds, finite and {@code >= 0}
 * @param mode       what happens to the samples shifted out
 */
public record TimeShift(double maxSeconds, Mode mode) implements Augmentation {

    /** What happens to the samples shifted past an end. */
    public enum Mode {
        /** They re-enter at the other end (circular shift). */
        ROLL,
        /** They are dropped; the vacated samples are zero. */
        ZERO_FILL
    }

    /** Validates the fields. */
    public TimeShift {
        if (!(maxSeconds >= 0) || Double.isInfinite(maxSeconds)) {
            throw new IllegalArgumentException("maxSeconds must be finite and >= 0, got " + maxSeconds);
        }
        Objects.requireNonNull(mode, "mode");
    }

    @Override
    public float[] apply(float[] x, int sampleRate, RandomGenerator rng) {
        Draws.checkInput(x, sampleRate, rng);
        long m = Math.min(Math.round(maxSeconds * sampleRate), x.length);
        // One draw whatever m is, so the generator advances the same way every time.
        double u = rng.nextDouble();
        int k = (int) (Math.floor(u * (2 * m + 1)) - m);
        return shift(x, k, mode);
    }

    /**
     * Shifts by {@code samples} (positive: later).
     *
     * @param x       the signal, not modified
     * @param samples the shift; any value ({@code |samples| >= n} rolls modulo n, or
     *                zero-fills everything)
     * @param mode    roll or zero-fill
     * @return a new array of the same length
     */
    public static float[] shift(float[] x, int samples, Mode mode) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(mode, "mode");
        int n = x.length;
        float[] y = new float[n];
        if (n == 0) {
            return y;
        }
        if (mode == Mode.ROLL) {
            int k = Math.floorMod(samples, n);
            System.arraycopy(x, 0, y, k, n - k);
            System.arraycopy(x, n - k, y, 0, k);
        } else if (Math.abs((long) samples) < n) {
            if (samples >= 0) {
                System.arraycopy(x, 0, y, samples, n - samples);
            } else {
                System.arraycopy(x, -samples, y, 0, n + samples);
            }
        }
        return y;
    }
}
