package io.github.ser4j.dsp.kernels;

/**
 * The passes of a Stockham autosort FFT on split complex arrays, in plain scalar Java: the
 * reference that {@link FftVectorKernel} is checked against, and the code to read first.
 *
 * <p>A Stockham pass of radix {@code R} over a length-{@code n} transform whose sub-transforms
 * already have length {@code ns} reads element {@code j + r n/R} ({@code r = 0..R-1}),
 * multiplies it by the twiddle {@code W_{ns R}^{r (j mod ns)}}, takes a length-{@code R} DFT
 * of the {@code R} values and writes result {@code r} to
 * {@code (j / ns) ns R + (j mod ns) + r ns}. Inputs are read with unit stride in {@code j},
 * outputs written with unit stride within runs of {@code ns}, and the output is in natural
 * order after the last pass: no bit reversal. Passes alternate between two buffers.
 *
 * <p>Twiddle tables for a pass start at {@code tw} and hold {@code R - 1} blocks of {@code ns}
 * values, block {@code m - 1} being {@code W^{m p}}, {@code p < ns}, {@code m = 1 .. R-1},
 * {@code W = exp(-2 pi i / (ns R))}. The first pass ({@code ns = 1}) of radix 8 has no twiddles.
 * None of these methods allocates.
 *
 * <p>The DFT-8 butterfly is split into two DFT-4s (even and odd inputs) joined by the
 * factors {@code W_8^k}: {@code 1}, {@code sqrt(1/2)(1 - i)}, {@code -i},
 * {@code -sqrt(1/2)(1 + i)}; multiplying by {@code -i} is a swap of real and imaginary parts.
 */
public final class FftScalarKernel {
    private static final float SQRT_HALF = (float) Math.sqrt(0.5);

    private FftScalarKernel() {
    }

    /** First pass, radix 8, {@code ns = 1}: a DFT-8 over {@code in[j + r n/8]} to {@code out[8 j + r]}. */
    public static void radix8First(float[] inRe, float[] inIm, float[] outRe, float[] outIm, int n) {
        int q = n >> 3;
        for (int j = 0; j < q; j++) {
            float a0r = inRe[j], a0i = inIm[j];
            float a1r = inRe[j + q], a1i = inIm[j + q];
            float a2r = inRe[j + 2 * q], a2i = inIm[j + 2 * q];
            float a3r = inRe[j + 3 * q], a3i = inIm[j + 3 * q];
            float a4r = inRe[j + 4 * q], a4i = inIm[j + 4 * q];
            float a5r = inRe[j + 5 * q], a5i = inIm[j + 5 * q];
            float a6r = inRe[j + 6 * q], a6i = inIm[j + 6 * q];
            float a7r = inRe[j + 7 * q], a7i = inIm[j + 7 * q];
            // even half: DFT-4 of a0, a2, a4, a6
            float s04r = a0r + a4r, s04i = a0i + a4i, d04r = a0r - a4r, d04i = a0i - a4i;
            float s26r = a2r + a6r, s26i = a2i + a6i, d26r = a2r - a6r, d26i = a2i - a6i;
            float e0r = s04r + s26r, e0i = s04i + s26i;
            float e2r = s04r - s26r, e2i = s04i - s26i;
            float e1r = d04r + d26i, e1i = d04i - d26r; // d04 - i d26
            float e3r = d04r - d26i, e3i = d04i + d26r; // d04 + i d26
            // odd half: DFT-4 of a1, a3, a5, a7
            float s15r = a1r + a5r, s15i = a1i + a5i, d15r = a1r - a5r, d15i = a1i - a5i;
            float s37r = a3r + a7r, s37i = a3i + a7i, d37r = a3r - a7r, d37i = a3i - a7i;
            float o0r = s15r + s37r, o0i = s15i + s37i;
            float o2r = s15r - s37r, o2i = s15i - s37i;
            float o1r = d15r + d37i, o1i = d15i - d37r;
            float o3r = d15r - d37i, o3i = d15i + d37r;
            // o_k *= W8^k: W8 = sqrt(1/2) (1 - i), W8^2 = -i, W8^3 = sqrt(1/2) (-1 - i)
            float t1r = SQRT_HALF * (o1r + o1i), t1i = SQRT_HALF * (o1i - o1r);
            float t2r = o2i, t2i = -o2r;
            float t3r = SQRT_HALF * (o3i - o3r), t3i = -SQRT_HALF * (o3r + o3i);
            int o = 8 * j;
            outRe[o] = e0r + o0r;
            outIm[o] = e0i + o0i;
            outRe[o + 4] = e0r - o0r;
            outIm[o + 4] = e0i - o0i;
            outRe[o + 1] = e1r + t1r;
            outIm[o + 1] = e1i + t1i;
            outRe[o + 5] = e1r - t1r;
            outIm[o + 5] = e1i - t1i;
            outRe[o + 2] = e2r + t2r;
            outIm[o + 2] = e2i + t2i;
            outRe[o + 6] = e2r - t2r;
            outIm[o + 6] = e2i - t2i;
            outRe[o + 3] = e3r + t3r;
            outIm[o + 3] = e3i + t3i;
            outRe[o + 7] = e3r - t3r;
            outIm[o + 7] = e3i - t3i;
        }
    }

    /** A radix-8 pass with twiddles: seven table blocks of {@code ns}, {@code W^{m p}} for m = 1..7. */
    public static void radix8(float[] inRe, float[] inIm, float[] outRe, float[] outIm, int n, int ns,
                              float[] twRe, float[] twIm, int tw) {
        int q = n >> 3;
        for (int j = 0; j < q; j++) {
            int p = j % ns;
            float a0r = inRe[j], a0i = inIm[j];
            float xr, xi, wr, wi;
            xr = inRe[j + 1 * q];
            xi = inIm[j + 1 * q];
            wr = twRe[tw + 0 * ns + p];
            wi = twIm[tw + 0 * ns + p];
            float a1r = xr * wr - xi * wi, a1i = xr * wi + xi * wr;
            xr = inRe[j + 2 * q];
            xi = inIm[j + 2 * q];
            wr = twRe[tw + 1 * ns + p];
            wi = twIm[tw + 1 * ns + p];
            float a2r = xr * wr - xi * wi, a2i = xr * wi + xi * wr;
            xr = inRe[j + 3 * q];
            xi = inIm[j + 3 * q];
            wr = twRe[tw + 2 * ns + p];
            wi = twIm[tw + 2 * ns + p];
            float a3r = xr * wr - xi * wi, a3i = xr * wi + xi * wr;
            xr = inRe[j + 4 * q];
            xi = inIm[j + 4 * q];
            wr = twRe[tw + 3 * ns + p];
            wi = twIm[tw + 3 * ns + p];
            float a4r = xr * wr - xi * wi, a4i = xr * wi + xi * wr;
            xr = inRe[j + 5 * q];
            xi = inIm[j + 5 * q];
            wr = twRe[tw + 4 * ns + p];
            wi = twIm[tw + 4 * ns + p];
            float a5r = xr * wr - xi * wi, a5i = xr * wi + xi * wr;
            xr = inRe[j + 6 * q];
            xi = inIm[j + 6 * q];
            wr = twRe[tw + 5 * ns + p];
            wi = twIm[tw + 5 * ns + p];
            float a6r = xr * wr - xi * wi, a6i = xr * wi + xi * wr;
            xr = inRe[j + 7 * q];
            xi = inIm[j + 7 * q];
            wr = twRe[tw + 6 * ns + p];
            wi = twIm[tw + 6 * ns + p];
            float a7r = xr * wr - xi * wi, a7i = xr * wi + xi * wr;
            // even half: DFT-4 of a0, a2, a4, a6
            float s04r = a0r + a4r, s04i = a0i + a4i, d04r = a0r - a4r, d04i = a0i - a4i;
            float s26r = a2r + a6r, s26i = a2i + a6i, d26r = a2r - a6r, d26i = a2i - a6i;
            float e0r = s04r + s26r, e0i = s04i + s26i;
            float e2r = s04r - s26r, e2i = s04i - s26i;
            float e1r = d04r + d26i, e1i = d04i - d26r; // d04 - i d26
            float e3r = d04r - d26i, e3i = d04i + d26r; // d04 + i d26
            // odd half: DFT-4 of a1, a3, a5, a7
            float s15r = a1r + a5r, s15i = a1i + a5i, d15r = a1r - a5r, d15i = a1i - a5i;
            float s37r = a3r + a7r, s37i = a3i + a7i, d37r = a3r - a7r, d37i = a3i - a7i;
            float o0r = s15r + s37r, o0i = s15i + s37i;
            float o2r = s15r - s37r, o2i = s15i - s37i;
            float o1r = d15r + d37i, o1i = d15i - d37r;
            float o3r = d15r - d37i, o3i = d15i + d37r;
            // o_k *= W8^k: W8 = sqrt(1/2) (1 - i), W8^2 = -i, W8^3 = sqrt(1/2) (-1 - i)
            float t1r = SQRT_HALF * (o1r + o1i), t1i = SQRT_HALF * (o1i - o1r);
            float t2r = o2i, t2i = -o2r;
            float t3r = SQRT_HALF * (o3i - o3r), t3i = -SQRT_HALF * (o3r + o3i);
            int o = (j - p) * 8 + p;
            outRe[o] = e0r + o0r;
            outIm[o] = e0i + o0i;
            outRe[o + 4 * ns] = e0r - o0r;
            outIm[o + 4 * ns] = e0i - o0i;
            outRe[o + 1 * ns] = e1r + t1r;
            outIm[o + 1 * ns] = e1i + t1i;
            outRe[o + 5 * ns] = e1r - t1r;
            outIm[o + 5 * ns] = e1i - t1i;
            outRe[o + 2 * ns] = e2r + t2r;
            outIm[o + 2 * ns] = e2i + t2i;
            outRe[o + 6 * ns] = e2r - t2r;
            outIm[o + 6 * ns] = e2i - t2i;
            outRe[o + 3 * ns] = e3r + t3r;
            outIm[o + 3 * ns] = e3i + t3i;
            outRe[o + 7 * ns] = e3r - t3r;
            outIm[o + 7 * ns] = e3i - t3i;
        }
    }

    /** A radix-4 pass with twiddles (see the class comment for indices and table layout). */
    public static void radix4(float[] inRe, float[] inIm, float[] outRe, float[] outIm, int n, int ns,
                              float[] twRe, float[] twIm, int tw) {
        int q = n >> 2;
        for (int j = 0; j < q; j++) {
            int p = j % ns;
            int o = (j - p) * 4 + p;
            float w1r = twRe[tw + p], w1i = twIm[tw + p];
            float w2r = twRe[tw + ns + p], w2i = twIm[tw + ns + p];
            float w3r = twRe[tw + 2 * ns + p], w3i = twIm[tw + 2 * ns + p];
            float a0r = inRe[j], a0i = inIm[j];
            float xr = inRe[j + q], xi = inIm[j + q];
            float a1r = xr * w1r - xi * w1i, a1i = xr * w1i + xi * w1r;
            xr = inRe[j + 2 * q];
            xi = inIm[j + 2 * q];
            float a2r = xr * w2r - xi * w2i, a2i = xr * w2i + xi * w2r;
            xr = inRe[j + 3 * q];
            xi = inIm[j + 3 * q];
            float a3r = xr * w3r - xi * w3i, a3i = xr * w3i + xi * w3r;
            float s02r = a0r + a2r, s02i = a0i + a2i, d02r = a0r - a2r, d02i = a0i - a2i;
            float s13r = a1r + a3r, s13i = a1i + a3i, d13r = a1r - a3r, d13i = a1i - a3i;
            outRe[o] = s02r + s13r;
            outIm[o] = s02i + s13i;
            outRe[o + ns] = d02r + d13i; // d02 - i d13
            outIm[o + ns] = d02i - d13r;
            outRe[o + 2 * ns] = s02r - s13r;
            outIm[o + 2 * ns] = s02i - s13i;
            outRe[o + 3 * ns] = d02r - d13i; // d02 + i d13
            outIm[o + 3 * ns] = d02i + d13r;
        }
    }

    /** A radix-2 pass with twiddles (see the class comment). */
    public static void radix2(float[] inRe, float[] inIm, float[] outRe, float[] outIm, int n, int ns,
                              float[] twRe, float[] twIm, int tw) {
        int q = n >> 1;
        for (int j = 0; j < q; j++) {
            int p = j % ns;
            int o = (j - p) * 2 + p;
            float wr = twRe[tw + p], wi = twIm[tw + p];
            float xr = inRe[j + q], xi = inIm[j + q];
            float a1r = xr * wr - xi * wi, a1i = xr * wi + xi * wr;
            outRe[o] = inRe[j] + a1r;
            outIm[o] = inIm[j] + a1i;
            outRe[o + ns] = inRe[j] - a1r;
            outIm[o + ns] = inIm[j] - a1i;
        }
    }

    /**
     * Splits real samples into even (real part) and odd (imaginary part) samples:
     * {@code re[t] = w[2t] x[off + 2t]}, {@code im[t] = w[2t+1] x[off + 2t + 1]}, {@code t < h},
     * with {@code w} the window, or 1 where {@code window == null}.
     */
    public static void deinterleave(float[] x, int off, float[] window, float[] re, float[] im, int h) {
        if (window == null) {
            for (int t = 0; t < h; t++) {
                re[t] = x[off + 2 * t];
                im[t] = x[off + 2 * t + 1];
            }
        } else {
            for (int t = 0; t < h; t++) {
                re[t] = window[2 * t] * x[off + 2 * t];
                im[t] = window[2 * t + 1] * x[off + 2 * t + 1];
            }
        }
    }

    /** The inverse of {@link #deinterleave} without window: {@code out[off+2t] = re[t]}, {@code out[off+2t+1] = im[t]}. */
    public static void interleave(float[] re, float[] im, float[] out, int off, int h) {
        for (int t = 0; t < h; t++) {
            out[off + 2 * t] = re[t];
            out[off + 2 * t + 1] = im[t];
        }
    }

    /**
     * Real-FFT untangling for bins {@code k in [from, to)}, {@code 1 <= from <= to <= h}: from
     * {@code Z = FFT_h(even + i odd)}, {@code X[k] = E[k] + W_n^k O[k]} with
     * {@code E = (Z[k] + conj Z[h-k]) / 2}, {@code O = (Z[k] - conj Z[h-k]) / 2i}.
     * {@code hr[k] = cos(2 pi k / n) / 2}, {@code hi[k] = -sin(2 pi k / n) / 2}. Writes
     * {@code re[off+k]}, {@code im[off+k]}; bins 0 and h are the caller's (they need Z[0] only).
     */
    public static void realUntangle(float[] zRe, float[] zIm, float[] hr, float[] hi, int h,
                                    float[] re, float[] im, int off, int from, int to) {
        for (int k = from; k < to; k++) {
            int b = h - k;
            float ar = zRe[k], ai = zIm[k], br = zRe[b], bi = zIm[b];
            float sr = ar + br, dr = ar - br, si = ai + bi, di = ai - bi;
            // E = (sr + i di)/2, O = (si - i dr)/2, X = E + W O with W/2 = hr + i hi
            re[off + k] = 0.5f * sr + hr[k] * si + hi[k] * dr;
            im[off + k] = 0.5f * di - hr[k] * dr + hi[k] * si;
        }
    }

    /** As {@link #realUntangle}, writing only the power {@code |X[k]|^2} to {@code power[off+k]}. */
    public static void realUntanglePower(float[] zRe, float[] zIm, float[] hr, float[] hi, int h,
                                         float[] power, int off, int from, int to) {
        for (int k = from; k < to; k++) {
            int b = h - k;
            float ar = zRe[k], ai = zIm[k], br = zRe[b], bi = zIm[b];
            float sr = ar + br, dr = ar - br, si = ai + bi, di = ai - bi;
            float xr = 0.5f * sr + hr[k] * si + hi[k] * dr;
            float xi = 0.5f * di - hr[k] * dr + hi[k] * si;
            power[off + k] = xr * xr + xi * xi;
        }
    }

    /**
     * Element-wise complex product {@code out[i] = a[i] * b[i]}, {@code i < n}; {@code out} may be
     * {@code a} (Bluestein's chirp and convolution-kernel products).
     */
    public static void multiply(float[] aRe, float[] aIm, float[] bRe, float[] bIm,
                                float[] outRe, float[] outIm, int n) {
        for (int i = 0; i < n; i++) {
            float ar = aRe[i], ai = aIm[i], br = bRe[i], bi = bIm[i];
            outRe[i] = ar * br - ai * bi;
            outIm[i] = ar * bi + ai * br;
        }
    }

    /** {@code im[i] = -im[i]} for {@code i < n} (conjugation, for inverse transforms). */
    public static void conjugate(float[] im, int n) {
        for (int i = 0; i < n; i++) {
            im[i] = -im[i];
        }
    }

    /** {@code re[i] *= s}, {@code im[i] *= t} for {@code i < n}. */
    public static void scale(float[] re, float s, float[] im, float t, int n) {
        for (int i = 0; i < n; i++) {
            re[i] *= s;
            im[i] *= t;
        }
    }
}
