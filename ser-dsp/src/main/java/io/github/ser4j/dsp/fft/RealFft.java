package io.github.ser4j.dsp.fft;

import io.github.ser4j.dsp.kernels.FftScalarKernel;
import io.github.ser4j.dsp.kernels.FftVectorKernel;
import io.github.ser4j.dsp.kernels.Simd;

/**
 * A plan for the DFT of a real signal of length {@code n}, returning the
 * {@code n/2 + 1} non-negative-frequency bins as {@code numpy.fft.rfft} does
 * (the other half is their complex conjugate mirror).
 *
 * <p>Even lengths transform the signal as a complex signal of length {@code h = n/2}
 * (even samples as real part, odd samples as imaginary part) and untangle the two halves
 * with one extra pass ("two-for-one" real FFT):
 * <pre>
 *   Z = FFT_h(x[0] + i x[1], x[2] + i x[3], ...)
 *   X[k] = (Z[k] + conj Z[h-k]) / 2  +  W_n^k (Z[k] - conj Z[h-k]) / 2i,   k = 0 .. h
 * </pre>
 * When {@code h} is a power of two the complex transform is a Stockham FFT run by the
 * Vector API kernel ({@link Simd#enabled()}); the even/odd split (with an optional window
 * folded in) and the untangling pass are vectorized too. Odd lengths use a full complex
 * transform (Bluestein). A plan holds scratch buffers: it is not thread-safe; make one per
 * thread.
 *
 * <h2>Batches of frames (the STFT)</h2>
 * {@link #forwardBatch} and {@link #powerSpectrumBatch} transform {@code count} frames that
 * start {@code hop} samples apart in one signal (overlapping when {@code hop < n}), each
 * multiplied by a window, and write one row of {@code bins()} values per frame:
 * <pre>
 *  signal:  |offset
 *           [ frame 0: n samples           ]
 *           |- hop -[ frame 1: n samples           ]
 *           |- hop -|- hop -[ frame 2 ...                  ]
 *                            (each sample x window[t] before the transform)
 *
 *  out (re, im or power), row-major, one row per frame:
 *           |&lt;------------------- binStride ------------------&gt;|
 *   row 0:  [ X0[0] X0[1] ... X0[n/2] | (untouched padding)       ]   out[0 * binStride + k]
 *   row 1:  [ X1[0] X1[1] ... X1[n/2] |                           ]   out[1 * binStride + k]
 *   ...
 *   row c-1:[ ...                     |                           ]   out[(c-1) * binStride + k]
 * </pre>
 * This is librosa's {@code stft(...).T} for already padded input (frame-major); transpose or
 * read with strides for the {@code [bins][frames]} layout.
 */
public final class RealFft {
    private final int n;
    private final int h;
    private final boolean vector;
    private final StockhamPlan plan;      // even n with a power-of-two half
    private final ComplexFft complex;     // otherwise: FFT of n/2 (even) or n (odd)
    private final float[] zRe;
    private final float[] zIm;
    private final float[] wRe;
    private final float[] wIm;
    private final float[] hr;             // cos(2 pi k / n) / 2
    private final float[] hi;             // -sin(2 pi k / n) / 2
    private final float[] windowed;       // odd n: windowed frame

    private RealFft(int n, boolean vectorized) {
        if (n < 1) {
            throw new IllegalArgumentException("FFT length must be >= 1, got " + n);
        }
        this.n = n;
        this.vector = vectorized && Simd.available();
        boolean even = n % 2 == 0;
        h = even ? n / 2 : n;
        if (even && Integer.bitCount(h) == 1) {
            plan = new StockhamPlan(h, vectorized);
            complex = null;
        } else {
            plan = null;
            complex = ComplexFft.of(h, vectorized);
        }
        zRe = new float[h];
        zIm = new float[h];
        wRe = plan != null ? new float[h] : null;
        wIm = plan != null ? new float[h] : null;
        windowed = even ? null : new float[n];
        if (even) {
            hr = new float[h + 1];
            hi = new float[h + 1];
            for (int k = 0; k <= h; k++) {
                double a = -2.0 * Math.PI * k / n;
                hr[k] = (float) (0.5 * Math.cos(a));
                hi[k] = (float) (0.5 * Math.sin(a));
            }
        } else {
            hr = hi = null;
        }
    }

    /** A plan for length {@code n >= 1}, using the Vector API kernels when {@link Simd#enabled()}. */
    public static RealFft of(int n) {
        return new RealFft(n, Simd.enabled());
    }

    /**
     * A plan for length {@code n >= 1} that uses the Vector API kernels if {@code vectorized} and
     * the JVM can ({@link Simd#available()}), else the scalar twins.
     */
    public static RealFft of(int n, boolean vectorized) {
        return new RealFft(n, vectorized);
    }

    /** The transform length. */
    public int size() {
        return n;
    }

    /** Number of output bins, {@code n/2 + 1}. */
    public int bins() {
        return n / 2 + 1;
    }

    /** Whether this plan runs the Vector API kernels. */
    public boolean vectorized() {
        return plan != null ? plan.vectorized() : complex.vectorized();
    }

    /**
     * Forward transform of {@code x[offset .. offset+n)} into {@code re[0..bins)},
     * {@code im[0..bins)}.
     */
    public void forward(float[] x, int offset, float[] re, float[] im) {
        checkFrames(x, offset, 1, 1, null);
        checkOut(re, 1, bins(), "re");
        checkOut(im, 1, bins(), "im");
        frame(x, offset, null, re, im, null, 0);
    }

    /**
     * Forward transforms of {@code count} windowed frames, frame {@code f} being
     * {@code signal[offset + f hop .. + n) * window[0 .. n)} ({@code window} may be null: no
     * window); bin {@code k} of frame {@code f} goes to {@code re/im[f * binStride + k]}. See the
     * drawing in the class comment. Allocates nothing.
     */
    public void forwardBatch(float[] signal, int offset, int hop, int count, float[] window,
                             float[] re, float[] im, int binStride) {
        checkFrames(signal, offset, hop, count, window);
        checkStride(binStride);
        checkOut(re, count, binStride, "re");
        checkOut(im, count, binStride, "im");
        for (int f = 0; f < count; f++) {
            frame(signal, offset + f * hop, window, re, im, null, f * binStride);
        }
    }

    /**
     * Power spectra {@code |X[k]|^2} of {@code count} windowed frames (as {@link #forwardBatch},
     * same layout): {@code power[f * binStride + k]}, {@code k < bins()}. This is
     * {@code abs(librosa.stft(...))**2} per frame, without storing the complex bins.
     */
    public void powerSpectrumBatch(float[] signal, int offset, int hop, int count, float[] window,
                                   float[] power, int binStride) {
        powerSpectrumBatch(signal, offset, hop, count, window, power, 0, binStride);
    }

    /**
     * As {@link #powerSpectrumBatch(float[], int, int, int, float[], float[], int)}, with the rows
     * starting at {@code power[powerOffset]}: bin {@code k} of frame {@code f} goes to
     * {@code power[powerOffset + f * binStride + k]}.
     */
    public void powerSpectrumBatch(float[] signal, int offset, int hop, int count, float[] window,
                                   float[] power, int powerOffset, int binStride) {
        checkFrames(signal, offset, hop, count, window);
        checkStride(binStride);
        if (powerOffset < 0 || powerOffset > power.length) {
            throw new IllegalArgumentException("powerOffset must be in [0, " + power.length + "], got " + powerOffset);
        }
        checkOut(power, count, binStride, "power", powerOffset);
        for (int f = 0; f < count; f++) {
            frame(signal, offset + f * hop, window, null, null, power, powerOffset + f * binStride);
        }
    }

    /** One frame: complex bins to re/im at {@code out}, or (re == null) power at {@code out}. */
    private void frame(float[] x, int offset, float[] window, float[] re, float[] im, float[] power, int out) {
        if (h != n) {
            even(x, offset, window, re, im, power, out);
            return;
        }
        for (int t = 0; t < n; t++) {
            windowed[t] = window == null ? x[offset + t] : x[offset + t] * window[t];
        }
        System.arraycopy(windowed, 0, zRe, 0, n);
        java.util.Arrays.fill(zIm, 0f);
        complex.forward(zRe, zIm);
        int bins = bins();
        if (power == null) {
            System.arraycopy(zRe, 0, re, out, bins);
            System.arraycopy(zIm, 0, im, out, bins);
        } else {
            for (int k = 0; k < bins; k++) {
                power[out + k] = zRe[k] * zRe[k] + zIm[k] * zIm[k];
            }
        }
    }

    private void even(float[] x, int offset, float[] window, float[] re, float[] im, float[] power, int out) {
        float[] rRe = zRe, rIm = zIm;
        if (vector) {
            FftVectorKernel.deinterleave(x, offset, window, zRe, zIm, h);
        } else {
            FftScalarKernel.deinterleave(x, offset, window, zRe, zIm, h);
        }
        if (plan != null) {
            if (plan.run(zRe, zIm, wRe, wIm)) {
                rRe = wRe;
                rIm = wIm;
            }
        } else {
            complex.forward(zRe, zIm);
        }
        // bins 0 and h: E and O are real there, X[0] = Re Z0 + Im Z0, X[h] = Re Z0 - Im Z0
        float dc = rRe[0] + rIm[0];
        float nyquist = rRe[0] - rIm[0];
        if (power == null) {
            if (vector) {
                FftVectorKernel.realUntangle(rRe, rIm, hr, hi, h, re, im, out, 1, h);
            } else {
                FftScalarKernel.realUntangle(rRe, rIm, hr, hi, h, re, im, out, 1, h);
            }
            re[out] = dc;
            im[out] = 0f;
            re[out + h] = nyquist;
            im[out + h] = 0f;
        } else {
            if (vector) {
                FftVectorKernel.realUntanglePower(rRe, rIm, hr, hi, h, power, out, 1, h);
            } else {
                FftScalarKernel.realUntanglePower(rRe, rIm, hr, hi, h, power, out, 1, h);
            }
            power[out] = dc * dc;
            power[out + h] = nyquist * nyquist;
        }
    }

    /**
     * Inverse of {@link #forward}: bins {@code re/im[0..bins)} to {@code n} real samples at
     * {@code out[offset..)}, scaled by {@code 1/n} ({@code numpy.fft.irfft}). The imaginary
     * parts of bin 0 (and of bin n/2 for even n) are ignored, as numpy does.
     */
    public void inverse(float[] re, float[] im, float[] out, int offset) {
        if (offset < 0 || offset > out.length - n) {
            throw new IllegalArgumentException("output of length " + out.length + " has no room for "
                    + n + " samples at offset " + offset);
        }
        checkOut(re, 1, bins(), "re");
        checkOut(im, 1, bins(), "im");
        if (h == n) {
            int bins = bins();
            zRe[0] = re[0];
            zIm[0] = 0f;
            for (int k = 1; k < bins; k++) {
                zRe[k] = re[k];
                zIm[k] = im[k];
                zRe[n - k] = re[k];
                zIm[n - k] = -im[k];
            }
            complex.inverse(zRe, zIm);
            System.arraycopy(zRe, 0, out, offset, n);
            return;
        }
        // Z[k] = E[k] + i O[k], E = (X[k] + conj X[h-k]) / 2, O = (X[k] - conj X[h-k]) W^-k / 2;
        // for the power-of-two path Z is stored conjugated, ifft(Z) = conj(fft(conj Z)) / h.
        float sign = plan != null ? -1f : 1f;
        for (int k = 0; k < h; k++) {
            float xr = re[k];
            float xi = k == 0 ? 0f : im[k];
            float yr = re[h - k];
            float yi = k == 0 ? 0f : -im[h - k];
            float er = 0.5f * (xr + yr);
            float ei = 0.5f * (xi + yi);
            float dr = xr - yr;
            float di = xi - yi;
            // (dr + i di)/2 * conj(W^k), W^k/2 = hr + i hi
            float or = dr * hr[k] + di * hi[k];
            float oi = di * hr[k] - dr * hi[k];
            zRe[k] = er - oi;
            zIm[k] = sign * (ei + or);
        }
        float[] rRe = zRe, rIm = zIm;
        if (plan != null) {
            if (plan.run(zRe, zIm, wRe, wIm)) {
                rRe = wRe;
                rIm = wIm;
            }
            float s = 1f / h;
            if (vector) {
                FftVectorKernel.scale(rRe, s, rIm, -s, h);
            } else {
                FftScalarKernel.scale(rRe, s, rIm, -s, h);
            }
        } else {
            complex.inverse(zRe, zIm);
        }
        if (vector) {
            FftVectorKernel.interleave(rRe, rIm, out, offset, h);
        } else {
            FftScalarKernel.interleave(rRe, rIm, out, offset, h);
        }
    }

    private void checkFrames(float[] signal, int offset, int hop, int count, float[] window) {
        if (count < 1) {
            throw new IllegalArgumentException("frame count must be >= 1, got " + count);
        }
        if (hop < 1) {
            throw new IllegalArgumentException("hop must be >= 1, got " + hop);
        }
        long last = (long) offset + (long) (count - 1) * hop + n;
        if (offset < 0 || last > signal.length) {
            throw new IllegalArgumentException("signal of length " + signal.length + " has no " + count
                    + " frames of " + n + " samples at offset " + offset + ", hop " + hop);
        }
        if (window != null && window.length != n) {
            throw new IllegalArgumentException("window length must equal n=" + n + ", got " + window.length);
        }
    }

    private void checkStride(int binStride) {
        if (binStride < bins()) {
            throw new IllegalArgumentException("binStride must be >= bins=" + bins() + ", got " + binStride);
        }
    }

    private void checkOut(float[] out, int count, int stride, String name) {
        checkOut(out, count, stride, name, 0);
    }

    private void checkOut(float[] out, int count, int stride, String name, int offset) {
        long need = (long) offset + (long) (count - 1) * stride + bins();
        if (out.length < need) {
            throw new IllegalArgumentException(name + " needs >= " + need + " elements for " + count
                    + " frame(s) of " + bins() + " bins, got " + out.length);
        }
    }
}
