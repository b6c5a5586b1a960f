package io.github.ser4j.dsp.effects;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Pads with zeros or truncates a signal to a fixed number of samples, as SER models with a
 * fixed input size need (every utterance becomes, say, 3 s long).
 *
 * <p>Three placements of the kept (or padded) window:
 * <ul>
 *   <li>{@link #fixLength}: keep the start, pad or cut at the end: the twin of
 *       {@code librosa.util.fix_length(y, size=n)} (zero padding, {@code mode='constant'});
 *   <li>{@link #centred}: keep the middle, pad equally on both sides (the extra sample,
 *       if the difference is odd, goes to the end);
 *   <li>{@link #atRandomOffset}: a random crop of a long signal, or a short signal placed
 *       at a random position in silence; a training-time variant that also shifts the
 *       utterance in time. The offset is drawn uniformly from all valid offsets.
 * </ul>
 */
public final class FixedLength {

    private FixedLength() {
    }

    /**
     * The number of samples of {@code seconds} at {@code sampleRate}, rounded as
     * {@code librosa.load(duration=...)} rounds it.
     *
     * @param seconds    a duration, positive and finite
     * @param sampleRate samples per second, positive
     * @return {@code round(seconds * sampleRate)}, at least 1
     */
    public static int samples(double seconds, int sampleRate) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("seconds must be positive and finite, got " + seconds);
        }
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sampleRate must be positive, got " + sampleRate);
        }
        double n = Math.rint(seconds * sampleRate);
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("seconds too long for one array: " + seconds
                    + " s at " + sampleRate + " Hz");
        }
        return (int) Math.max(1, n);
    }

    /**
     * {@code librosa.util.fix_length}: the first {@code size} samples, zero-padded at the
     * end when the signal is shorter.
     *
     * @param x    the signal, not modified
     * @param size the output length, non-negative
     * @return a new array of length {@code size}
     */
    public static float[] fixLength(float[] x, int size) {
        check(x, size);
        return Arrays.copyOf(x, size);
    }

    /**
     * Keeps the centre: a long signal loses {@code (n - size) / 2} samples at the start and
     * the rest at the end; a short one gets {@code (size - n) / 2} zeros before and the rest
     * after.
     *
     * @param x    the signal, not modified
     * @param size the output length, non-negative
     * @return a new array of length {@code size}
     */
    public static float[] centred(float[] x, int size) {
        check(x, size);
        return place(x, size, Math.abs(x.length - size) / 2);
    }

    /**
     * A random window: a long signal is cropped at an offset drawn uniformly from
     * {@code [0, n - size]}; a short one is placed after a number of zeros drawn uniformly
     * from {@code [0, size - n]}.
     *
     * @param x    the signal, not modified
     * @param size the output length, non-negative
     * @param rng  the source of the offset
     * @return a new array of length {@code size}
     */
    public static float[] atRandomOffset(float[] x, int size, RandomGenerator rng) {
        check(x, size);
        Objects.requireNonNull(rng, "rng");
        int slack = Math.abs(x.length - size);
        int offset = slack == 0 ? 0 : rng.nextInt(slack + 1);
        return place(x, size, offset);
    }

    /** Crops from {@code offset} when long, or pads {@code offset} zeros before when short. */
    private static float[] place(float[] x, int size, int offset) {
        float[] y = new float[size];
        if (x.length >= size) {
            System.arraycopy(x, offset, y, 0, size);
        } else {
            System.arraycopy(x, 0, y, offset, x.length);
        }
        return y;
    }

    private static void check(float[] x, int size) {
        Objects.requireNonNull(x, "x");
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, got " + size);
        }
    }
}
