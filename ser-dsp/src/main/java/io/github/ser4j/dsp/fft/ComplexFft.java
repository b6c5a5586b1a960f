package io.github.ser4j.dsp.fft;

import io.github.ser4j.dsp.kernels.FftScalarKernel;
import io.github.ser4j.dsp.kernels.FftVectorKernel;
import io.github.ser4j.dsp.kernels.Simd;

/**
 * A plan for the complex discrete Fourier transform of one length {@code n}:
 * <pre>  X[k] = sum_{t=0}^{n-1} x[t] * exp(-2 pi i k t / n)</pre>
 * computed in place on split arrays ({@code re[]}, {@code im[]}), numpy's sign and scaling
 * conventions ({@link #inverse} divides by {@code n}, as {@code numpy.fft.ifft}).
 *
 * <p>Powers of two run a Stockham autosort FFT (radix-8 passes topped up with radix 4, see
 * {@code StockhamPlan}), through the Vector API kernel when
 * {@link Simd#enabled()} and {@code n >= 64}. Any other length uses Bluestein's chirp-z
 * algorithm on a power-of-two transform of at least {@code 2n - 1} points, so every length
 * costs O(n log n). Twiddle factors are computed in double precision and stored as float.
 * A plan holds scratch buffers: it is not thread-safe; make one per thread.
 */
public final class ComplexFft {
    private final int n;
    private final boolean vector;
    // power of two
    private final StockhamPlan plan;
    // Bluestein (other n)
    private final ComplexFft inner;
    private final float[] chirpRe;
    private final float[] chirpIm;
    private final float[] kernelRe;
    private final float[] kernelIm;
    private final float[] workRe;
    private final float[] workIm;

    private ComplexFft(int n, boolean vectorized) {
        if (n < 1) {
            throw new IllegalArgumentException("FFT length must be >= 1, got " + n);
        }
        this.n = n;
        this.vector = vectorized && Simd.available();
        if (Integer.bitCount(n) == 1) {
            plan = new StockhamPlan(n, vectorized);
            inner = null;
            chirpRe = chirpIm = kernelRe = kernelIm = null;
            workRe = new float[n];
            workIm = new float[n];
        } else {
            plan = null;
            if (n > (1 << 29)) {
                throw new IllegalArgumentException("FFT length must be <= 2^29 for Bluestein, got " + n);
            }
            int m = Integer.highestOneBit(2 * n - 1);
            if (m < 2 * n - 1) {
                m <<= 1;
            }
            inner = new ComplexFft(m, vectorized);
            // chirp w[t] = exp(-i pi t^2 / n); t^2 mod 2n keeps the angle exact for large t.
            chirpRe = new float[n];
            chirpIm = new float[n];
            for (int t = 0; t < n; t++) {
                long t2 = ((long) t * t) % (2L * n);
                double a = -Math.PI * t2 / n;
                chirpRe[t] = (float) Math.cos(a);
                chirpIm[t] = (float) Math.sin(a);
            }
            // kernel b[t] = conj(w[t]) for t in (-n, n), wrapped into length m, transformed once
            // and pre-scaled by 1/m so that the inverse below needs no scaling pass.
            kernelRe = new float[m];
            kernelIm = new float[m];
            kernelRe[0] = chirpRe[0];
            kernelIm[0] = -chirpIm[0];
            for (int t = 1; t < n; t++) {
                kernelRe[t] = kernelRe[m - t] = chirpRe[t];
                kernelIm[t] = kernelIm[m - t] = -chirpIm[t];
            }
            inner.forward(kernelRe, kernelIm);
            float s = 1f / m;
            for (int k = 0; k < m; k++) {
                kernelRe[k] *= s;
                kernelIm[k] *= s;
            }
            workRe = new float[m];
            workIm = new float[m];
        }
    }

    /** A plan for length {@code n >= 1}, using the Vector API kernels when {@link Simd#enabled()}. */
    public static ComplexFft of(int n) {
        return new ComplexFft(n, Simd.enabled());
    }

    /**
     * A plan for length {@code n >= 1} that uses the Vector API kernels if {@code vectorized} and
     * the JVM can ({@link Simd#available()}), else the scalar twins; for benchmarks and tests
     * that compare the two.
     */
    public static ComplexFft of(int n, boolean vectorized) {
        return new ComplexFft(n, vectorized);
    }

    /** The transform length. */
    public int size() {
        return n;
    }

    /** Whether this plan runs the Vector API kernels. */
    public boolean vectorized() {
        return plan != null ? plan.vectorized() : inner.vectorized();
    }

    /** Forward transform in place: {@code re[0..n)}, {@code im[0..n)}. */
    public void forward(float[] re, float[] im) {
        check(re, im);
        if (plan != null) {
            if (plan.run(re, im, workRe, workIm)) {
                System.arraycopy(workRe, 0, re, 0, n);
                System.arraycopy(workIm, 0, im, 0, n);
            }
        } else {
            bluestein(re, im);
        }
    }

    /** Inverse transform in place, scaled by {@code 1/n} (numpy's {@code ifft}). */
    public void inverse(float[] re, float[] im) {
        check(re, im);
        // ifft(x) = conj(fft(conj(x))) / n
        conjugate(im, n);
        forward(re, im);
        float s = 1f / n;
        if (vector) {
            FftVectorKernel.scale(re, s, im, -s, n);
        } else {
            FftScalarKernel.scale(re, s, im, -s, n);
        }
    }

    private void conjugate(float[] im, int len) {
        if (vector) {
            FftVectorKernel.conjugate(im, len);
        } else {
            FftScalarKernel.conjugate(im, len);
        }
    }

    private void check(float[] re, float[] im) {
        if (re.length < n || im.length < n) {
            throw new IllegalArgumentException("FFT of length " + n + " needs arrays of >= " + n
                    + " elements, got re=" + re.length + ", im=" + im.length);
        }
    }

    private void bluestein(float[] re, float[] im) {
        int m = workRe.length;
        // a[t] = x[t] * w[t], zero-padded to m
        multiply(re, im, chirpRe, chirpIm, workRe, workIm, n);
        java.util.Arrays.fill(workRe, n, m, 0f);
        java.util.Arrays.fill(workIm, n, m, 0f);
        inner.forward(workRe, workIm);
        // (a conv b) = ifft(A B) = conj(fft(conj(A B))) / m; the 1/m sits in the kernel
        multiply(workRe, workIm, kernelRe, kernelIm, workRe, workIm, m);
        conjugate(workIm, m);
        inner.forward(workRe, workIm);
        // X[k] = w[k] * conj(work[k])
        conjugate(workIm, n);
        multiply(workRe, workIm, chirpRe, chirpIm, re, im, n);
    }

    private void multiply(float[] aRe, float[] aIm, float[] bRe, float[] bIm, float[] outRe, float[] outIm, int len) {
        if (vector) {
            FftVectorKernel.multiply(aRe, aIm, bRe, bIm, outRe, outIm, len);
        } else {
            FftScalarKernel.multiply(aRe, aIm, bRe, bIm, outRe, outIm, len);
        }
    }
}
