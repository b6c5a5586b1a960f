package io.github.ser4j.dsp.spectral;

/**
 * {@code log10} for the decibel step, about three times cheaper than {@link Math#log10} and
 * within {@code 1e-12} of it (relative to the result's magnitude plus one), far below float32
 * resolution.
 *
 * <p>{@code x = m 2^e} with {@code m} in {@code [sqrt(1/2), sqrt(2))}; then
 * {@code ln m = 2 atanh(s) = 2 (s + s^3/3 + s^5/5 + ...)} with {@code s = (m - 1)/(m + 1)},
 * {@code |s| <= 0.172}, so seven terms leave an error below {@code 1e-12}; and
 * {@code log10 x = (e ln 2 + ln m) / ln 10}. Zero, subnormal, infinite and NaN inputs go to
 * {@link Math#log10}.
 */
final class FastLog10 {
    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double LN2 = Math.log(2.0);
    private static final double INV_LN10 = 1.0 / Math.log(10.0);

    private FastLog10() {
    }

    static double log10(double x) {
        if (!(x >= Double.MIN_NORMAL && x <= Double.MAX_VALUE)) {
            return Math.log10(x);
        }
        long bits = Double.doubleToRawLongBits(x);
        int e = (int) ((bits >>> 52) & 0x7ff) - 1023;
        double m = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | 0x3ff0000000000000L);
        if (m > SQRT2) {
            m *= 0.5;
            e++;
        }
        double s = (m - 1.0) / (m + 1.0);
        double s2 = s * s;
        double ln = 2.0 * s * (1.0 + s2 * (1.0 / 3 + s2 * (1.0 / 5 + s2 * (1.0 / 7 + s2 * (1.0 / 9 + s2 * (1.0 / 11 + s2 * (1.0 / 13)))))));
        return (e * LN2 + ln) * INV_LN10;
    }
}
