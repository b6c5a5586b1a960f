package io.github.ser4j.dsp.fft;

/**
 * A plan for the DFT of a real signal of length {@code n}, returning the
 * {@code n/2 + 1} non-negative-frequency bins as {@code numpy.fft.rfft} does
 * (the other half is their complex conjugate mirror).
 *
 * <p>Even lengths transform the signal as a complex signal of length {@code n/2}
 * (even samples as real part, odd samples as imaginary part) and untangle the two halves
 * with one extra pass ("two-for-one" real FFT); odd lengths use a full complex transform.
 * A plan holds scratch buffers: it is not thread-safe; make one per thread.
 */
public final class RealFft {
    private final int n;
    private final ComplexFft half;
    private final float[] twRe;
    private final float[] twIm;
    private final float[] zRe;
    private final float[] zIm;

    private RealFft(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("FFT length must be >= 1, got " + n);
        }
        this.n = n;
        int h = (n % 2 == 0) ? n / 2 : n;
        half = ComplexFft.of(h);
        zRe = new float[h];
        zIm = new float[h];
        if (n % 2 == 0) {
            twRe = new float[h + 1];
            twIm = new float[h + 1];
            for (int k = 0; k <= h; k++) {
                double a = -2.0 * Math.PI * k / n;
                twRe[k] = (float) Math.cos(a);
                twIm[k] = (float) Math.sin(a);
            }
        } else {
            twRe = twIm = null;
        }
    }

    /** A plan for length {@code n >= 1}. */
    public static RealFft of(int n) {
        return new RealFft(n);
    }

    /** The transform length. */
    public int size() {
        return n;
    }

    /** Number of output bins, {@code n/2 + 1}. */
    public int bins() {
        return n / 2 + 1;
    }

    /**
     * Forward transform of {@code x[offset .. offset+n)} into {@code re[0..bins)},
     * {@code im[0..bins)}.
     */
    public void forward(float[] x, int offset, float[] re, float[] im) {
        if (offset < 0 || offset + n > x.length) {
            throw new IllegalArgumentException("input of length " + x.length + " has no " + n
                    + " samples at offset " + offset);
        }
        int bins = bins();
        if (re.length < bins || im.length < bins) {
            throw new IllegalArgumentException("real FFT of length " + n + " needs outputs of >= "
                    + bins + " elements, got re=" + re.length + ", im=" + im.length);
        }
        if (n % 2 != 0) {
            System.arraycopy(x, offset, zRe, 0, n);
            java.util.Arrays.fill(zIm, 0f);
            half.forward(zRe, zIm);
            System.arraycopy(zRe, 0, re, 0, bins);
            System.arraycopy(zIm, 0, im, 0, bins);
            return;
        }
        int h = n / 2;
        for (int t = 0; t < h; t++) {
            zRe[t] = x[offset + 2 * t];
            zIm[t] = x[offset + 2 * t + 1];
        }
        half.forward(zRe, zIm);
        // X[k] = E[k] + W^k O[k], with E = (Z[k] + conj Z[h-k]) / 2, O = (Z[k] - conj Z[h-k]) / 2i
        for (int k = 0; k <= h; k++) {
            int a = k % h;
            int b = (h - k) % h;
            float zr = zRe[a];
            float zi = zIm[a];
            float cr = zRe[b];
            float ci = -zIm[b];
            float er = 0.5f * (zr + cr);
            float ei = 0.5f * (zi + ci);
            float or = 0.5f * (zi - ci);
            float oi = -0.5f * (zr - cr);
            re[k] = er + twRe[k] * or - twIm[k] * oi;
            im[k] = ei + twRe[k] * oi + twIm[k] * or;
        }
    }

    /**
     * Inverse of {@link #forward}: bins {@code re/im[0..bins)} to {@code n} real samples at
     * {@code out[offset..)}, scaled by {@code 1/n} ({@code numpy.fft.irfft}). The imaginary
     * parts of bin 0 (and of bin n/2 for even n) are ignored, as numpy does.
     */
    public void inverse(float[] re, float[] im, float[] out, int offset) {
        if (offset < 0 || offset + n > out.length) {
            throw new IllegalArgumentException("output of length " + out.length + " has no room for "
                    + n + " samples at offset " + offset);
        }
        if (n % 2 != 0) {
            int bins = bins();
            zRe[0] = re[0];
            zIm[0] = 0f;
            for (int k = 1; k < bins; k++) {
                zRe[k] = re[k];
                zIm[k] = im[k];
                zRe[n - k] = re[k];
                zIm[n - k] = -im[k];
            }
            half.inverse(zRe, zIm);
            System.arraycopy(zRe, 0, out, offset, n);
            return;
        }
        int h = n / 2;
        // Z[k] = E[k] + i O[k], with E = (X[k] + conj X[h-k]) / 2, O = (X[k] - conj X[h-k]) W^-k / 2
        for (int k = 0; k < h; k++) {
            float xr = re[k];
            float xi = k == 0 ? 0f : im[k];
            float yr = re[h - k];
            float yi = (h - k == h || h - k == 0) ? 0f : -im[h - k];
            float er = 0.5f * (xr + yr);
            float ei = 0.5f * (xi + yi);
            float dr = 0.5f * (xr - yr);
            float di = 0.5f * (xi - yi);
            // multiply by conj(W^k) = (twRe, -twIm)
            float or = dr * twRe[k] + di * twIm[k];
            float oi = di * twRe[k] - dr * twIm[k];
            zRe[k] = er - oi;
            zIm[k] = ei + or;
        }
        half.inverse(zRe, zIm);
        for (int t = 0; t < h; t++) {
            out[offset + 2 * t] = zRe[t];
            out[offset + 2 * t + 1] = zIm[t];
        }
    }
}
