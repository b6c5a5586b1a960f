package io.github.ser4j.dsp.spectral;

import io.github.ser4j.dsp.kernels.DecibelScalarKernel;
import io.github.ser4j.dsp.kernels.DecibelVectorKernel;
import io.github.ser4j.dsp.kernels.Simd;

import java.util.Objects;

/**
 * Conversion of power or amplitude spectrograms to decibels: {@code librosa.power_to_db} and
 * {@code librosa.amplitude_to_db} (librosa 0.9.2).
 *
 * <p>{@code power_to_db(S) = 10 log10(max(amin, S)) - 10 log10(max(amin, |ref|))}, then, if
 * {@code top_db} is set, {@code max(result, result.max() - top_db)}, where the maximum is over
 * the whole array (all frames: so a log-mel with {@code top_db} is not frame-local).
 * {@code amplitude_to_db(S)} is {@code power_to_db(|S|^2, ref=ref^2, amin=amin^2, top_db)}.
 * With {@code ref=np.max} the reference is the largest value of {@code S}.
 */
public final class Decibels {
    private Decibels() {
    }

    /**
     * {@code librosa.power_to_db(S, ref, amin, top_db)}, into a new array.
     *
     * @param s a power spectrogram {@code [rows][frames]} (non-negative)
     * @param c the conversion
     * @return decibels, same shape
     */
    public static float[][] powerToDb(float[][] s, DbConfig c) {
        float[][] out = copy(s);
        powerToDbInPlace(out, c);
        return out;
    }

    /** {@link #powerToDb} overwriting its input. */
    public static void powerToDbInPlace(float[][] s, DbConfig c) {
        Objects.requireNonNull(c, "config");
        double ref = c.refIsMax() ? max(s) : Math.abs(c.ref());
        double offset = 10.0 * Math.log10(Math.max(c.amin(), ref));
        float top = Float.NEGATIVE_INFINITY;
        for (float[] row : s) {
            top = Math.max(top, toDb(row, row.length, c.amin(), offset));
        }
        clampBelow(s, top, c.topDb());
    }

    /**
     * {@code librosa.amplitude_to_db(S, ref, amin, top_db)}, into a new array: the power
     * conversion of {@code S^2} with {@code ref^2} and {@code amin^2}.
     *
     * @param s a magnitude spectrogram {@code [rows][frames]}
     * @param c the conversion (see {@link DbConfig#amplitude()})
     * @return decibels, same shape
     */
    public static float[][] amplitudeToDb(float[][] s, DbConfig c) {
        Objects.requireNonNull(c, "config");
        float[][] out = new float[s.length][];
        for (int i = 0; i < s.length; i++) {
            out[i] = new float[s[i].length];
            for (int j = 0; j < s[i].length; j++) {
                float a = Math.abs(s[i][j]);
                out[i][j] = a * a;
            }
        }
        double ref = c.refIsMax() ? max(out) : c.ref() * c.ref();
        powerToDbInPlace(out, new DbConfig(ref, false, c.amin() * c.amin(), c.topDb()));
        return out;
    }

    /**
     * The frame-local part of {@code power_to_db}: {@code x[i] = 10 log10(max(amin, x[i])) - offset}
     * for {@code i < n}, where {@code offset = 10 log10(max(amin, |ref|))} (float32 arithmetic,
     * see {@link #toDb(float[], int, int, double, double)}).
     *
     * @return the largest value written (negative infinity for {@code n == 0})
     */
    public static float toDb(float[] x, int n, double amin, double offset) {
        return toDb(x, 0, n, amin, offset);
    }

    /**
     * {@link #toDb(float[], int, double, double)} on {@code x[from .. to)}, in float32 with a
     * polynomial logarithm within about one float ulp of the exact value (see
     * {@link DecibelScalarKernel}); by the Vector API kernel when {@link Simd#enabled()}, whose
     * lanes are bit-identical to the scalar kernel, so the result does not depend on how an
     * array is cut into calls (a streamed frame equals the same frame in a batch).
     *
     * @return the largest value written (negative infinity if none)
     */
    public static float toDb(float[] x, int from, int to, double amin, double offset) {
        if (from < 0 || to > x.length || from > to) {
            throw new IllegalArgumentException("range [" + from + ", " + to + ") outside an array of " + x.length);
        }
        float a = (float) amin;
        float o = (float) offset;
        return Simd.enabled() ? DecibelVectorKernel.toDb(x, from, to, a, o) : DecibelScalarKernel.toDb(x, from, to, a, o);
    }

    /** The reference offset {@code 10 log10(max(amin, |ref|))} for a fixed reference. */
    public static double offset(DbConfig c) {
        if (c.refIsMax()) {
            throw new IllegalArgumentException("ref=max has no fixed offset: it depends on the whole input");
        }
        return 10.0 * Math.log10(Math.max(c.amin(), Math.abs(c.ref())));
    }

    /** The {@code top_db} step: raise every value below {@code top - topDb} to it. */
    public static void clampBelow(float[][] s, float top, double topDb) {
        if (topDb == DbConfig.NO_TOP_DB || top == Float.NEGATIVE_INFINITY) {
            return;
        }
        float floor = (float) (top - topDb);
        for (float[] row : s) {
            for (int j = 0; j < row.length; j++) {
                if (row[j] < floor) {
                    row[j] = floor;
                }
            }
        }
    }

    private static double max(float[][] s) {
        double m = Double.NEGATIVE_INFINITY;
        for (float[] row : s) {
            for (float v : row) {
                m = Math.max(m, v);
            }
        }
        if (m == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("ref=max needs a non-empty input");
        }
        return m;
    }

    private static float[][] copy(float[][] s) {
        float[][] out = new float[s.length][];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i].clone();
        }
        return out;
    }
}
