package io.github.ser4j.dsp.kernels;

/**
 * The decibel step of {@code librosa.power_to_db}, {@code x = 10 log10(max(amin, x)) - offset},
 * with a float32 logarithm that the Vector API twin ({@link DecibelVectorKernel}) computes
 * lane for lane with the same operations, so both give bit-identical results.
 *
 * <p>The logarithm (the reduction of musl's {@code logf}, the polynomial of Cephes'
 * {@code logf}): write {@code x = m 2^e} with {@code m} in {@code [sqrt(1/2), sqrt(2))} by
 * integer arithmetic on the float's bits, then {@code ln m} with {@code f = m - 1} is
 * {@code f - f^2/2 + f^3 P(f)}, {@code P} a degree-8 minimax polynomial (error about one
 * float ulp), and
 * <pre>
 *   10 log10 x = e * 10 log10(2) + ln(m) * 10 / ln(10)
 * </pre>
 * {@code 10 log10 2} is split into a part with 12 mantissa bits (so {@code e * hi} is exact)
 * and a small remainder; the small terms ({@code ln(m) 10 / ln 10 + e lo}) are summed first and
 * added to the exact large one last, so the result is rounded essentially once (with
 * {@code offset = 0}): within half a float ulp plus a few parts in {@code 1e9} of the exact
 * decibel value, against {@code 1e-5} dB that librosa's float32 output itself carries.
 *
 * <p>Inputs that are not positive normal floats after the {@code amin} clamp (NaN, infinity,
 * subnormal when {@code amin} is subnormal) take {@link Math#log10} in double, as before.
 */
public final class DecibelScalarKernel {
    /** Bits of {@code sqrt(1/2)}: the reduction centres the mantissa on 1. */
    static final int SQRT_HALF_BITS = 0x3f3504f3;
    /** {@code 10 log10 2}, upper part with the low 12 mantissa bits clear, and the rest. */
    static final float DB2_HI = Float.intBitsToFloat(Float.floatToRawIntBits((float) (10 * Math.log10(2))) & 0xfffff000);
    static final float DB2_LO = (float) (10 * Math.log10(2) - DB2_HI);
    /** {@code 10 / ln 10}. */
    static final float DB_PER_NEPER = (float) (10 / Math.log(10));
    static final float P0 = 7.0376836292e-2f;
    static final float P1 = -1.1514610310e-1f;
    static final float P2 = 1.1676998740e-1f;
    static final float P3 = -1.2420140846e-1f;
    static final float P4 = 1.4249322787e-1f;
    static final float P5 = -1.6668057665e-1f;
    static final float P6 = 2.0000714765e-1f;
    static final float P7 = -2.4999993993e-1f;
    static final float P8 = 3.3333331174e-1f;

    private DecibelScalarKernel() {
    }

    /**
     * {@code x[i] = 10 log10(max(amin, x[i])) - offset} for {@code i} in {@code [from, to)}.
     *
     * @return the largest value written (negative infinity if none; NaN inputs are skipped)
     */
    public static float toDb(float[] x, int from, int to, float amin, float offset) {
        float top = Float.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            float v = db(Math.max(amin, x[i]), offset);
            x[i] = v;
            top = v > top ? v : top;
        }
        return top;
    }

    /** {@code 10 log10(p) - offset} for one value (already clamped to {@code amin}). */
    public static float db(float p, float offset) {
        if (!(p >= Float.MIN_NORMAL && p <= Float.MAX_VALUE)) {
            return (float) (10.0 * Math.log10(p) - offset);
        }
        int ix = Float.floatToRawIntBits(p) - SQRT_HALF_BITS;
        float e = (float) (ix >> 23);
        float m = Float.intBitsToFloat((ix & 0x007fffff) + SQRT_HALF_BITS);
        float f = m - 1f;
        float z = f * f;
        float q = Math.fma(P0, f, P1);
        q = Math.fma(q, f, P2);
        q = Math.fma(q, f, P3);
        q = Math.fma(q, f, P4);
        q = Math.fma(q, f, P5);
        q = Math.fma(q, f, P6);
        q = Math.fma(q, f, P7);
        q = Math.fma(q, f, P8);
        float ln = Math.fma(z * f, q, Math.fma(-0.5f, z, f));
        float small = Math.fma(ln, DB_PER_NEPER, e * DB2_LO);
        return Math.fma(e, DB2_HI, -offset) + small;
    }
}
