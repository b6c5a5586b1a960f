package io.github.ser4j.dsp.fft;

/**
 * A plan for the complex discrete Fourier transform of one length {@code n}:
 * <pre>  X[k] = sum_{t=0}^{n-1} x[t] * exp(-2 pi i k t / n)</pre>
 * computed in place on split arrays ({@code re[]}, {@code im[]}), numpy's sign and scaling
 * conventions ({@link #inverse} divides by {@code n}, as {@code numpy.fft.ifft}).
 *
 * <p>Powers of two use an iterative radix-2 transform; any other length uses Bluestein's
 * chirp-z algorithm on a power-of-two transform of at least {@code 2n - 1} points, so every
 * length costs O(n log n). Twiddle factors are computed in double precision and stored as
 * float. A plan holds scratch buffers: it is not thread-safe; make one per thread.
 */
public final class ComplexFft {
    private final int n;
    private final int log2;
    // radix-2 tables (power-of-two n only)
    private final float[] cos;
    private final float[] sin;
    private final int[] bitReverse;
    // Bluestein (other n)
    private final ComplexFft inner;
    private final float[] chirpRe;
    private final float[] chirpIm;
    private final float[] kernelRe;
    private final float[] kernelIm;
    private final float[] workRe;
    private final float[] workIm;

    private ComplexFft(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("FFT length must be >= 1, got " + n);
        }
        this.n = n;
        if (Integer.bitCount(n) == 1) {
            log2 = Integer.numberOfTrailingZeros(n);
            cos = new float[n / 2];
            sin = new float[n / 2];
            for (int k = 0; k < n / 2; k++) {
                double a = -2.0 * Math.PI * k / n;
                cos[k] = (float) Math.cos(a);
                sin[k] = (float) Math.sin(a);
            }
            bitReverse = new int[n];
            for (int i = 0; i < n; i++) {
                bitReverse[i] = log2 == 0 ? 0 : Integer.reverse(i) >>> (32 - log2);
            }
            inner = null;
            chirpRe = chirpIm = kernelRe = kernelIm = workRe = workIm = null;
        } else {
            log2 = -1;
            cos = sin = null;
            bitReverse = null;
            int m = Integer.highestOneBit(2 * n - 1);
            if (m < 2 * n - 1) {
                m <<= 1;
            }
            inner = new ComplexFft(m);
            // chirp w[t] = exp(-i pi t^2 / n); t^2 mod 2n keeps the angle exact for large t.
            chirpRe = new float[n];
            chirpIm = new float[n];
            for (int t = 0; t < n; t++) {
                long t2 = ((long) t * t) % (2L * n);
                double a = -Math.PI * t2 / n;
                chirpRe[t] = (float) Math.cos(a);
                chirpIm[t] = (float) Math.sin(a);
            }
            // kernel b[t] = conj(w[t]) for t in (-n, n), wrapped into length m, transformed once.
            kernelRe = new float[m];
            kernelIm = new float[m];
            kernelRe[0] = chirpRe[0];
            kernelIm[0] = -chirpIm[0];
            for (int t = 1; t < n; t++) {
                kernelRe[t] = kernelRe[m - t] = chirpRe[t];
                kernelIm[t] = kernelIm[m - t] = -chirpIm[t];
            }
            inner.forward(kernelRe, kernelIm);
            workRe = new float[m];
            workIm = new float[m];
        }
    }

    /** A plan for length {@code n >= 1}. */
    public static ComplexFft of(int n) {
        return new ComplexFft(n);
    }

    /** The transform length. */
    public int size() {
        return n;
    }

    /** Forward transform in place: {@code re[0..n)}, {@code im[0..n)}. */
    public void forward(float[] re, float[] im) {
        check(re, im);
        if (log2 >= 0) {
            radix2(re, im);
        } else {
            bluestein(re, im);
        }
    }

    /** Inverse transform in place, scaled by {@code 1/n} (numpy's {@code ifft}). */
    public void inverse(float[] re, float[] im) {
        check(re, im);
        // ifft(x) = conj(fft(conj(x))) / n
        for (int i = 0; i < n; i++) {
            im[i] = -im[i];
        }
        forward(re, im);
        float s = 1f / n;
        for (int i = 0; i < n; i++) {
            re[i] *= s;
            im[i] = -im[i] * s;
        }
    }

    private void check(float[] re, float[] im) {
        if (re.length < n || im.length < n) {
            throw new IllegalArgumentException("FFT of length " + n + " needs arrays of >= " + n
                    + " elements, got re=" + re.length + ", im=" + im.length);
        }
    }

    private void radix2(float[] re, float[] im) {
        for (int i = 0; i < n; i++) {
            int j = bitReverse[i];
            if (j > i) {
                float tr = re[i];
                re[i] = re[j];
                re[j] = tr;
                float ti = im[i];
                im[i] = im[j];
                im[j] = ti;
            }
        }
        for (int size = 2; size <= n; size <<= 1) {
            int half = size >>> 1;
            int step = n / size;
            for (int start = 0; start < n; start += size) {
                for (int k = 0; k < half; k++) {
                    float wr = cos[k * step];
                    float wi = sin[k * step];
                    int a = start + k;
                    int b = a + half;
                    float xr = re[b] * wr - im[b] * wi;
                    float xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
    }

    private void bluestein(float[] re, float[] im) {
        int m = workRe.length;
        // a[t] = x[t] * w[t], zero-padded to m
        for (int t = 0; t < n; t++) {
            float xr = re[t];
            float xi = im[t];
            workRe[t] = xr * chirpRe[t] - xi * chirpIm[t];
            workIm[t] = xr * chirpIm[t] + xi * chirpRe[t];
        }
        java.util.Arrays.fill(workRe, n, m, 0f);
        java.util.Arrays.fill(workIm, n, m, 0f);
        inner.forward(workRe, workIm);
        for (int k = 0; k < m; k++) {
            float ar = workRe[k];
            float ai = workIm[k];
            workRe[k] = ar * kernelRe[k] - ai * kernelIm[k];
            workIm[k] = ar * kernelIm[k] + ai * kernelRe[k];
        }
        inner.inverse(workRe, workIm);
        // X[k] = w[k] * (a conv b)[k]
        for (int k = 0; k < n; k++) {
            float cr = workRe[k];
            float ci = workIm[k];
            re[k] = cr * chirpRe[k] - ci * chirpIm[k];
            im[k] = cr * chirpIm[k] + ci * chirpRe[k];
        }
    }
}
