package io.github.ser4j.dsp.effects;

import java.util.Objects;

/**
 * First-order pre-emphasis {@code y[n] = x[n] - coef * x[n-1]} and its inverse, de-emphasis.
 *
 * <p>Twin of {@code librosa.effects.preemphasis(y, coef=0.97, zi=None, return_zf=False)}
 * (librosa 0.9.2). librosa runs {@code scipy.signal.lfilter([1, -coef], [1], y, zi)}, so
 * {@code zi} is the raw state of that filter: the first output is {@code x[0] + zi}, and the
 * final state is {@code zf = -coef * x[n-1]}. Feeding one block's {@code zf} as the next
 * block's {@code zi} therefore reproduces the whole-signal result exactly, which is how a
 * stream is filtered block by block. When no state is given librosa uses
 * {@code zi = 2 x[0] - x[1]} (its "linear extrapolation" initialisation, taken as is,
 * without a factor {@code -coef}); this class does the same so that outputs agree.
 *
 * <p>Arithmetic is float32, as lfilter's is on float32 input.
 */
public final class PreEmphasis {

    /** The coefficient of HTK and librosa. */
    public static final float DEFAULT_COEF = 0.97f;

    /**
     * A filtered block and the state to continue with.
     *
     * @param samples the filtered block
     * @param finalState {@code zf}, to pass as {@code zi} for the next block
     */
    public record Result(float[] samples, float finalState) {
        /** Validates that samples is non-null. */
        public Result {
            Objects.requireNonNull(samples, "samples");
        }
    }

    private PreEmphasis() {
    }

    /** Pre-emphasis with coefficient 0.97 and librosa's default initial state. */
    public static float[] apply(float[] x) {
        return apply(x, DEFAULT_COEF);
    }

    /**
     * Pre-emphasis with librosa's default initial state {@code zi = 2 x[0] - x[1]}
     * ({@code x[0]} when the signal has one sample).
     *
     * @param x    the signal, not modified
     * @param coef the coefficient, finite (typically in [0, 1])
     * @return a new array of the same length
     */
    public static float[] apply(float[] x, float coef) {
        Objects.requireNonNull(x, "x");
        return apply(x, coef, defaultState(x)).samples();
    }

    /**
     * Pre-emphasis continuing from the filter state {@code zi}.
     *
     * @param x    the block, not modified
     * @param coef the coefficient, finite
     * @param zi   the initial lfilter state: the first output is {@code x[0] + zi}
     * @return the filtered block and the final state {@code -coef * x[n-1]}
     */
    public static Result apply(float[] x, float coef, float zi) {
        Objects.requireNonNull(x, "x");
        checkCoef(coef);
        float b1 = -coef;
        float[] y = new float[x.length];
        float z = zi;
        for (int n = 0; n < x.length; n++) {
            y[n] = z + x[n];
            z = b1 * x[n];
        }
        return new Result(y, z);
    }

    /**
     * Inverse of {@link #apply(float[], float)}: {@code x[n] = y[n] + coef * x[n-1]}, the
     * twin of {@code librosa.effects.deemphasis(y, coef, zi=None)}. The initial value is the
     * one that undoes pre-emphasis's default state {@code zi = 2 x[0] - x[1]}: solving
     * {@code y[0] = 3 x[0] - x[1]} and {@code y[1] = x[1] - coef x[0]} gives that state as
     * {@code ((2 - coef) y[0] - y[1]) / (3 - coef)}; librosa filters from zero state and
     * subtracts that state times {@code coef^n}, and so does this, in double precision.
     *
     * @param y    a pre-emphasised signal, not modified
     * @param coef the coefficient used for pre-emphasis
     * @return a new array of the same length
     */
    public static float[] invert(float[] y, float coef) {
        Objects.requireNonNull(y, "y");
        checkCoef(coef);
        float[] x = new float[y.length];
        if (y.length == 0) {
            return x;
        }
        if (y.length == 1) {
            // One sample: zi = x[0], so y[0] = 2 x[0].
            x[0] = y[0] / 2;
            return x;
        }
        double y1 = y[1];
        // Zero-state IIR output minus the transient of librosa's extrapolated state.
        double offset = ((2.0 - coef) * y[0] - y1) / (3.0 - coef);
        double prev = 0;
        double decay = 1;
        for (int n = 0; n < y.length; n++) {
            prev = y[n] + coef * prev;
            x[n] = (float) (prev - offset * decay);
            decay *= coef;
        }
        return x;
    }

    private static float defaultState(float[] x) {
        if (x.length == 0) {
            return 0f;
        }
        float x1 = x.length > 1 ? x[1] : x[0];
        return 2 * x[0] - x1;
    }

    private static void checkCoef(float coef) {
        if (!Float.isFinite(coef)) {
            throw new IllegalArgumentException("coef must be finite, got " + coef);
        }
    }
}
