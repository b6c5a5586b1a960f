package io.github.ser4j.dsp.resample;

/** Signal-to-noise ratio of an approximation against a reference, in dB. */
public final class Snr {
    private Snr() {
    }

    /** {@code 10 log10(sum ref^2 / sum (ref - ours)^2)}; +Infinity when identical. */
    public static double db(float[] ref, float[] ours) {
        if (ref.length != ours.length) {
            throw new IllegalArgumentException("lengths differ: " + ref.length + " vs " + ours.length);
        }
        double s = 0;
        double e = 0;
        for (int i = 0; i < ref.length; i++) {
            s += (double) ref[i] * ref[i];
            double d = (double) ref[i] - ours[i];
            e += d * d;
        }
        return 10 * Math.log10(s / e);
    }

    /** Largest absolute difference. */
    public static double maxAbs(float[] ref, float[] ours) {
        double m = 0;
        for (int i = 0; i < ref.length; i++) {
            m = Math.max(m, Math.abs((double) ref[i] - ours[i]));
        }
        return m;
    }

    /** Fraction of samples that are bit-identical. */
    public static double identical(float[] ref, float[] ours) {
        int same = 0;
        for (int i = 0; i < ref.length; i++) {
            if (Float.floatToIntBits(ref[i]) == Float.floatToIntBits(ours[i])) {
                same++;
            }
        }
        return same / (double) ref.length;
    }
}
