package io.github.ser4j.dsp.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The passes of {@link FftScalarKernel}, eight lanes at a time with the Vector API
 * (256-bit {@code FloatVector}). Reach it only when {@link Simd#enabled()}: loading this class
 * needs {@code jdk.incubator.vector}.
 *
 * <p>Every pass but the first reads, twiddles and writes whole vectors of consecutive
 * {@code j}, because a Stockham pass with {@code ns >= 8} has unit stride everywhere. The first
 * pass ({@code ns = 1}, radix 8) computes eight DFT-8s side by side, one per lane, and must
 * write result {@code r} of lane {@code l} to {@code 8 (j + l) + r}: an 8 x 8 transpose, done in
 * registers with three rounds of lane swaps (a single-input {@code rearrange} and a constant
 * {@code blend} each, both single instructions on AVX2; the two-input {@code rearrange} is
 * avoided, it is not intrinsified on JDK 17). Real-FFT untangling pairs bin {@code k} with
 * bin {@code h - k}; it reads the mirrored block with one lane-reversing {@code rearrange}.
 *
 * <p>Lengths: {@code radix8First} needs {@code n >= 64}, the twiddled passes {@code ns >= 8};
 * the plan falls back to the scalar twin below that. No masks, no allocation.
 */
public final class FftVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_256;
    private static final float SQRT_HALF = (float) Math.sqrt(0.5);

    private static final VectorShuffle<Float> SWAP1 = VectorShuffle.fromValues(S, 1, 0, 3, 2, 5, 4, 7, 6);
    private static final VectorShuffle<Float> SWAP2 = VectorShuffle.fromValues(S, 2, 3, 0, 1, 6, 7, 4, 5);
    private static final VectorShuffle<Float> SWAP4 = VectorShuffle.fromValues(S, 4, 5, 6, 7, 0, 1, 2, 3);
    private static final VectorMask<Float> BIT1 =
            VectorMask.fromValues(S, false, true, false, true, false, true, false, true);
    private static final VectorMask<Float> BIT2 =
            VectorMask.fromValues(S, false, false, true, true, false, false, true, true);
    private static final VectorMask<Float> BIT4 =
            VectorMask.fromValues(S, false, false, false, false, true, true, true, true);
    private static final VectorShuffle<Float> REVERSE = VectorShuffle.fromValues(S, 7, 6, 5, 4, 3, 2, 1, 0);
    // deinterleave: [e0 o0 .. e3 o3] -> [e0..e3 o0..o3]; [e4 o4 .. e7 o7] -> [e4..e7 o4..o7]
    private static final VectorShuffle<Float> EVENS_LOW = VectorShuffle.fromValues(S, 0, 2, 4, 6, 1, 3, 5, 7);
    // [e0 o0 .. e3 o3] -> [o0..o3 e0..e3]
    private static final VectorShuffle<Float> ODDS_LOW = VectorShuffle.fromValues(S, 1, 3, 5, 7, 0, 2, 4, 6);
    // interleave: re [r0..r7], im [i0..i7] -> [r0 i0 r1 i1 r2 i2 r3 i3], [r4 i4 .. r7 i7]
    private static final VectorShuffle<Float> SPREAD_LOW = VectorShuffle.fromValues(S, 0, 0, 1, 1, 2, 2, 3, 3);
    private static final VectorShuffle<Float> SPREAD_HIGH = VectorShuffle.fromValues(S, 4, 4, 5, 5, 6, 6, 7, 7);

    private FftVectorKernel() {
    }

    /*
     * The 8 x 8 transpose that completes radix8First swaps bits 1, 2 and 4 of the row index with
     * the same bits of the lane index (rows i and i + d exchange the lanes in which they differ
     * in bit d). Two sweeps (bits 1 and 2, then bit 4), one per method, each kept above C2's
     * inlining size (FreqInlineSize, 325 bytes of bytecode) so that they are never inlined into
     * one caller: past its node budget (NodeCountInliningCutoff) C2 stops inlining the Vector
     * API's internals and boxes every vector, 10-100x slower; 24 shuffles in one method are
     * past it, 8 are not.
     */

    private static void checkBlocks(float[] re, float[] im, int n) {
        if (n % 64 != 0 || n > re.length || n > im.length) {
            throw new IllegalArgumentException("8 x 8 blocks need n a multiple of 64 within both arrays, got n="
                    + n + ", re.length=" + re.length + ", im.length=" + im.length);
        }
    }

    /**
     * Transpose steps for bits 1 and 2 together: within each group of four rows of every 8 x 8
     * block of {@code re} and {@code im}, a 4 x 4 transpose of each 4-lane half.
     */
    public static void transposeBits12(float[] re, float[] im, int n) {
        checkBlocks(re, im, n);
        for (int pass = 0; pass < 2; pass++) {
            float[] a = pass == 0 ? re : im;
            for (int o = 0; o < n; o += 32) {
                FloatVector v0 = FloatVector.fromArray(S, a, o), v1 = FloatVector.fromArray(S, a, o + 8);
                FloatVector v2 = FloatVector.fromArray(S, a, o + 16), v3 = FloatVector.fromArray(S, a, o + 24);
                FloatVector a0 = v0.blend(v1.rearrange(SWAP1), BIT1), a1 = v0.rearrange(SWAP1).blend(v1, BIT1);
                FloatVector a2 = v2.blend(v3.rearrange(SWAP1), BIT1), a3 = v2.rearrange(SWAP1).blend(v3, BIT1);
                a0.blend(a2.rearrange(SWAP2), BIT2).intoArray(a, o);
                a1.blend(a3.rearrange(SWAP2), BIT2).intoArray(a, o + 8);
                a0.rearrange(SWAP2).blend(a2, BIT2).intoArray(a, o + 16);
                a1.rearrange(SWAP2).blend(a3, BIT2).intoArray(a, o + 24);
            }
        }
    }

    /** Transpose step: swaps bit 4 of row and lane index in every 8 x 8 block of {@code re} and {@code im}. */
    public static void transposeBit4(float[] re, float[] im, int n) {
        checkBlocks(re, im, n);
        for (int pass = 0; pass < 2; pass++) {
            float[] a = pass == 0 ? re : im;
            for (int o = 0; o < n; o += 64) {
                FloatVector v0 = FloatVector.fromArray(S, a, o + 0), v4 = FloatVector.fromArray(S, a, o + 32);
                v0.blend(v4.rearrange(SWAP4), BIT4).intoArray(a, o + 0);
                v0.rearrange(SWAP4).blend(v4, BIT4).intoArray(a, o + 32);
                FloatVector v1 = FloatVector.fromArray(S, a, o + 8), v5 = FloatVector.fromArray(S, a, o + 40);
                v1.blend(v5.rearrange(SWAP4), BIT4).intoArray(a, o + 8);
                v1.rearrange(SWAP4).blend(v5, BIT4).intoArray(a, o + 40);
                FloatVector v2 = FloatVector.fromArray(S, a, o + 16), v6 = FloatVector.fromArray(S, a, o + 48);
                v2.blend(v6.rearrange(SWAP4), BIT4).intoArray(a, o + 16);
                v2.rearrange(SWAP4).blend(v6, BIT4).intoArray(a, o + 48);
                FloatVector v3 = FloatVector.fromArray(S, a, o + 24), v7 = FloatVector.fromArray(S, a, o + 56);
                v3.blend(v7.rearrange(SWAP4), BIT4).intoArray(a, o + 24);
                v3.rearrange(SWAP4).blend(v7, BIT4).intoArray(a, o + 56);
            }
        }
    }

    /**
     * First pass, radix 8, {@code ns = 1}; {@code n >= 64}. Leaves each 8 x 8 block of the output
     * transposed: follow with {@link #transposeBits12} and {@link #transposeBit4}.
     */
    public static void radix8First(float[] inRe, float[] inIm, float[] outRe, float[] outIm, int n) {
        int q = n >> 3;
        for (int j = 0; j < q; j += 8) {
            FloatVector a0r = FloatVector.fromArray(S, inRe, j), a0i = FloatVector.fromArray(S, inIm, j);
            FloatVector a1r = FloatVector.fromArray(S, inRe, j + q), a1i = FloatVector.fromArray(S, inIm, j + q);
            FloatVector a2r = FloatVector.fromArray(S, inRe, j + 2 * q);
            FloatVector a2i = FloatVector.fromArray(S, inIm, j + 2 * q);
            FloatVector a3r = FloatVector.fromArray(S, inRe, j + 3 * q);
            FloatVector a3i = FloatVector.fromArray(S, inIm, j + 3 * q);
            FloatVector a4r = FloatVector.fromArray(S, inRe, j + 4 * q);
            FloatVector a4i = FloatVector.fromArray(S, inIm, j + 4 * q);
            FloatVector a5r = FloatVector.fromArray(S, inRe, j + 5 * q);
            FloatVector a5i = FloatVector.fromArray(S, inIm, j + 5 * q);
            FloatVector a6r = FloatVector.fromArray(S, inRe, j + 6 * q);
            FloatVector a6i = FloatVector.fromArray(S, inIm, j + 6 * q);
            FloatVector a7r = FloatVector.fromArray(S, inRe, j + 7 * q);
            FloatVector a7i = FloatVector.fromArray(S, inIm, j + 7 * q);
            FloatVector s04r = a0r.add(a4r), s04i = a0i.add(a4i), d04r = a0r.sub(a4r), d04i = a0i.sub(a4i);
            FloatVector s26r = a2r.add(a6r), s26i = a2i.add(a6i), d26r = a2r.sub(a6r), d26i = a2i.sub(a6i);
            FloatVector e0r = s04r.add(s26r), e0i = s04i.add(s26i);
            FloatVector e2r = s04r.sub(s26r), e2i = s04i.sub(s26i);
            FloatVector e1r = d04r.add(d26i), e1i = d04i.sub(d26r);
            FloatVector e3r = d04r.sub(d26i), e3i = d04i.add(d26r);
            FloatVector s15r = a1r.add(a5r), s15i = a1i.add(a5i), d15r = a1r.sub(a5r), d15i = a1i.sub(a5i);
            FloatVector s37r = a3r.add(a7r), s37i = a3i.add(a7i), d37r = a3r.sub(a7r), d37i = a3i.sub(a7i);
            FloatVector o0r = s15r.add(s37r), o0i = s15i.add(s37i);
            FloatVector o2r = s15r.sub(s37r), o2i = s15i.sub(s37i);
            FloatVector o1r = d15r.add(d37i), o1i = d15i.sub(d37r);
            FloatVector o3r = d15r.sub(d37i), o3i = d15i.add(d37r);
            FloatVector t1r = o1r.add(o1i).mul(SQRT_HALF), t1i = o1i.sub(o1r).mul(SQRT_HALF);
            FloatVector t3r = o3i.sub(o3r).mul(SQRT_HALF), t3i = o3r.add(o3i).mul(-SQRT_HALF);
            int o = 8 * j;
            // y_r goes to out[8 (j + l) + r]; written here as rows of the 8 x 8 block at 8 j,
            // transposed by transposeBlocks (one method with all of it exceeds C2's inlining budget
            // and boxes the vectors).
            e0r.add(o0r).intoArray(outRe, o);
            e1r.add(t1r).intoArray(outRe, o + 8);
            e2r.add(o2i).intoArray(outRe, o + 16);
            e3r.add(t3r).intoArray(outRe, o + 24);
            e0r.sub(o0r).intoArray(outRe, o + 32);
            e1r.sub(t1r).intoArray(outRe, o + 40);
            e2r.sub(o2i).intoArray(outRe, o + 48);
            e3r.sub(t3r).intoArray(outRe, o + 56);
            e0i.add(o0i).intoArray(outIm, o);
            e1i.add(t1i).intoArray(outIm, o + 8);
            e2i.sub(o2r).intoArray(outIm, o + 16);
            e3i.add(t3i).intoArray(outIm, o + 24);
            e0i.sub(o0i).intoArray(outIm, o + 32);
            e1i.sub(t1i).intoArray(outIm, o + 40);
            e2i.add(o2r).intoArray(outIm, o + 48);
            e3i.sub(t3i).intoArray(outIm, o + 56);
        }
    }

    /** A radix-8 pass with twiddles; {@code ns >= 8}. Table: seven blocks of {@code ns}, {@code W^{m p}}, m = 1..7. */
    public static void radix8(float[] inRe, float[] inIm, float[] outRe, float[] outIm, int n, int ns,
                              float[] twRe, float[] twIm, int tw) {
        int q = n >> 3;
        // one flat loop over j (ns is a power of two >= 8): a nested loop over blocks of ns costs
        // a loop exit per block, which dominates when ns = 8
        for (int j = 0; j < q; j += 8) {
            int p = j & (ns - 1);
            int ob = (j - p) * 8;
            {
                int t = tw + p;
                FloatVector a0r = FloatVector.fromArray(S, inRe, j), a0i = FloatVector.fromArray(S, inIm, j);
                FloatVector xr, xi, wr, wi;
                xr = FloatVector.fromArray(S, inRe, j + 1 * q);
                xi = FloatVector.fromArray(S, inIm, j + 1 * q);
                wr = FloatVector.fromArray(S, twRe, t + 0 * ns);
                wi = FloatVector.fromArray(S, twIm, t + 0 * ns);
                FloatVector a1r = xr.mul(wr).sub(xi.mul(wi)), a1i = xr.fma(wi, xi.mul(wr));
                xr = FloatVector.fromArray(S, inRe, j + 2 * q);
                xi = FloatVector.fromArray(S, inIm, j + 2 * q);
                wr = FloatVector.fromArray(S, twRe, t + 1 * ns);
                wi = FloatVector.fromArray(S, twIm, t + 1 * ns);
                FloatVector a2r = xr.mul(wr).sub(xi.mul(wi)), a2i = xr.fma(wi, xi.mul(wr));
                xr = FloatVector.fromArray(S, inRe, j + 3 * q);
                xi = FloatVector.fromArray(S, inIm, j + 3 * q);
                wr = FloatVector.fromArray(S, twRe, t + 2 * ns);
                wi = FloatVector.fromArray(S, twIm, t + 2 * ns);
                FloatVector a3r = xr.mul(wr).sub(xi.mul(wi)), a3i = xr.fma(wi, xi.mul(wr));
                xr = FloatVector.fromArray(S, inRe, j + 4 * q);
                xi = FloatVector.fromArray(S, inIm, j + 4 * q);
                wr = FloatVector.fromArray(S, twRe, t + 3 * ns);
                wi = FloatVector.fromArray(S, twIm, t + 3 * ns);
                FloatVector a4r = xr.mul(wr).sub(xi.mul(wi)), a4i = xr.fma(wi, xi.mul(wr));
                xr = FloatVector.fromArray(S, inRe, j + 5 * q);
                xi = FloatVector.fromArray(S, inIm, j + 5 * q);
                wr = FloatVector.fromArray(S, twRe, t + 4 * ns);
                wi = FloatVector.fromArray(S, twIm, t + 4 * ns);
                FloatVector a5r = xr.mul(wr).sub(xi.mul(wi)), a5i = xr.fma(wi, xi.mul(wr));
                xr = FloatVector.fromArray(S, inRe, j + 6 * q);
                xi = FloatVector.fromArray(S, inIm, j + 6 * q);
                wr = FloatVector.fromArray(S, twRe, t + 5 * ns);
                wi = FloatVector.fromArray(S, twIm, t + 5 * ns);
                FloatVector a6r = xr.mul(wr).sub(xi.mul(wi)), a6i = xr.fma(wi, xi.mul(wr));
                xr = FloatVector.fromArray(S, inRe, j + 7 * q);
                xi = FloatVector.fromArray(S, inIm, j + 7 * q);
                wr = FloatVector.fromArray(S, twRe, t + 6 * ns);
                wi = FloatVector.fromArray(S, twIm, t + 6 * ns);
                FloatVector a7r = xr.mul(wr).sub(xi.mul(wi)), a7i = xr.fma(wi, xi.mul(wr));
                FloatVector s04r = a0r.add(a4r), s04i = a0i.add(a4i), d04r = a0r.sub(a4r), d04i = a0i.sub(a4i);
                FloatVector s26r = a2r.add(a6r), s26i = a2i.add(a6i), d26r = a2r.sub(a6r), d26i = a2i.sub(a6i);
                FloatVector e0r = s04r.add(s26r), e0i = s04i.add(s26i);
                FloatVector e2r = s04r.sub(s26r), e2i = s04i.sub(s26i);
                FloatVector e1r = d04r.add(d26i), e1i = d04i.sub(d26r);
                FloatVector e3r = d04r.sub(d26i), e3i = d04i.add(d26r);
                FloatVector s15r = a1r.add(a5r), s15i = a1i.add(a5i), d15r = a1r.sub(a5r), d15i = a1i.sub(a5i);
                FloatVector s37r = a3r.add(a7r), s37i = a3i.add(a7i), d37r = a3r.sub(a7r), d37i = a3i.sub(a7i);
                FloatVector o0r = s15r.add(s37r), o0i = s15i.add(s37i);
                FloatVector o2r = s15r.sub(s37r), o2i = s15i.sub(s37i);
                FloatVector o1r = d15r.add(d37i), o1i = d15i.sub(d37r);
                FloatVector o3r = d15r.sub(d37i), o3i = d15i.add(d37r);
                FloatVector t1r = o1r.add(o1i).mul(SQRT_HALF), t1i = o1i.sub(o1r).mul(SQRT_HALF);
                FloatVector t3r = o3i.sub(o3r).mul(SQRT_HALF), t3i = o3r.add(o3i).mul(-SQRT_HALF);
                int o = ob + p;
                e0r.add(o0r).intoArray(outRe, o + 0 * ns);
                e0i.add(o0i).intoArray(outIm, o + 0 * ns);
                e1r.add(t1r).intoArray(outRe, o + 1 * ns);
                e1i.add(t1i).intoArray(outIm, o + 1 * ns);
                e2r.add(o2i).intoArray(outRe, o + 2 * ns);
                e2i.sub(o2r).intoArray(outIm, o + 2 * ns);
                e3r.add(t3r).intoArray(outRe, o + 3 * ns);
                e3i.add(t3i).intoArray(outIm, o + 3 * ns);
                e0r.sub(o0r).intoArray(outRe, o + 4 * ns);
                e0i.sub(o0i).intoArray(outIm, o + 4 * ns);
                e1r.sub(t1r).intoArray(outRe, o + 5 * ns);
                e1i.sub(t1i).intoArray(outIm, o + 5 * ns);
                e2r.sub(o2i).intoArray(outRe, o + 6 * ns);
                e2i.add(o2r).intoArray(outIm, o + 6 * ns);
                e3r.sub(t3r).intoArray(outRe, o + 7 * ns);
                e3i.sub(t3i).intoArray(outIm, o + 7 * ns);
            }
        }
    }

    /** A radix-4 pass with twiddles; {@code ns >= 8}. */
    public static void radix4(float[] inRe, float[] inIm, float[] outRe, float[] outIm, int n, int ns,
                              float[] twRe, float[] twIm, int tw) {
        int q = n >> 2;
        // one flat loop over j (ns is a power of two >= 8): a nested loop over blocks of ns costs
        // a loop exit per block, which dominates when ns = 8
        for (int j = 0; j < q; j += 8) {
            int p = j & (ns - 1);
            int ob = (j - p) * 4;
            {
                int t = tw + p;
                FloatVector a0r = FloatVector.fromArray(S, inRe, j), a0i = FloatVector.fromArray(S, inIm, j);
                FloatVector xr = FloatVector.fromArray(S, inRe, j + q), xi = FloatVector.fromArray(S, inIm, j + q);
                FloatVector wr = FloatVector.fromArray(S, twRe, t), wi = FloatVector.fromArray(S, twIm, t);
                FloatVector a1r = xr.mul(wr).sub(xi.mul(wi)), a1i = xr.fma(wi, xi.mul(wr));
                xr = FloatVector.fromArray(S, inRe, j + 2 * q);
                xi = FloatVector.fromArray(S, inIm, j + 2 * q);
                wr = FloatVector.fromArray(S, twRe, t + ns);
                wi = FloatVector.fromArray(S, twIm, t + ns);
                FloatVector a2r = xr.mul(wr).sub(xi.mul(wi)), a2i = xr.fma(wi, xi.mul(wr));
                xr = FloatVector.fromArray(S, inRe, j + 3 * q);
                xi = FloatVector.fromArray(S, inIm, j + 3 * q);
                wr = FloatVector.fromArray(S, twRe, t + 2 * ns);
                wi = FloatVector.fromArray(S, twIm, t + 2 * ns);
                FloatVector a3r = xr.mul(wr).sub(xi.mul(wi)), a3i = xr.fma(wi, xi.mul(wr));
                FloatVector s02r = a0r.add(a2r), s02i = a0i.add(a2i), d02r = a0r.sub(a2r), d02i = a0i.sub(a2i);
                FloatVector s13r = a1r.add(a3r), s13i = a1i.add(a3i), d13r = a1r.sub(a3r), d13i = a1i.sub(a3i);
                int o = ob + p;
                s02r.add(s13r).intoArray(outRe, o);
                s02i.add(s13i).intoArray(outIm, o);
                d02r.add(d13i).intoArray(outRe, o + ns);
                d02i.sub(d13r).intoArray(outIm, o + ns);
                s02r.sub(s13r).intoArray(outRe, o + 2 * ns);
                s02i.sub(s13i).intoArray(outIm, o + 2 * ns);
                d02r.sub(d13i).intoArray(outRe, o + 3 * ns);
                d02i.add(d13r).intoArray(outIm, o + 3 * ns);
            }
        }
    }

    /** A radix-2 pass with twiddles; {@code ns >= 8}. */
    public static void radix2(float[] inRe, float[] inIm, float[] outRe, float[] outIm, int n, int ns,
                              float[] twRe, float[] twIm, int tw) {
        int q = n >> 1;
        // one flat loop over j (ns is a power of two >= 8): a nested loop over blocks of ns costs
        // a loop exit per block, which dominates when ns = 8
        for (int j = 0; j < q; j += 8) {
            int p = j & (ns - 1);
            int ob = (j - p) * 2;
            {
                FloatVector xr = FloatVector.fromArray(S, inRe, j + q), xi = FloatVector.fromArray(S, inIm, j + q);
                FloatVector wr = FloatVector.fromArray(S, twRe, tw + p), wi = FloatVector.fromArray(S, twIm, tw + p);
                FloatVector a1r = xr.mul(wr).sub(xi.mul(wi)), a1i = xr.fma(wi, xi.mul(wr));
                FloatVector a0r = FloatVector.fromArray(S, inRe, j), a0i = FloatVector.fromArray(S, inIm, j);
                int o = ob + p;
                a0r.add(a1r).intoArray(outRe, o);
                a0i.add(a1i).intoArray(outIm, o);
                a0r.sub(a1r).intoArray(outRe, o + ns);
                a0i.sub(a1i).intoArray(outIm, o + ns);
            }
        }
    }

    /** See {@link FftScalarKernel#deinterleave}. */
    public static void deinterleave(float[] x, int off, float[] window, float[] re, float[] im, int h) {
        int t = 0;
        int end = h & ~7;
        for (; t < end; t += 8) {
            FloatVector u = FloatVector.fromArray(S, x, off + 2 * t);
            FloatVector v = FloatVector.fromArray(S, x, off + 2 * t + 8);
            if (window != null) {
                u = u.mul(FloatVector.fromArray(S, window, 2 * t));
                v = v.mul(FloatVector.fromArray(S, window, 2 * t + 8));
            }
            // u = [e0 o0 .. e3 o3], v = [e4 o4 .. e7 o7]
            FloatVector ue = u.rearrange(EVENS_LOW); // [e0..e3 o0..o3]
            FloatVector uo = u.rearrange(ODDS_LOW);  // [o0..o3 e0..e3]
            FloatVector ve = v.rearrange(ODDS_LOW);  // [o4..o7 e4..e7]
            FloatVector vo = v.rearrange(EVENS_LOW); // [e4..e7 o4..o7]
            ue.blend(ve, BIT4).intoArray(re, t);
            uo.blend(vo, BIT4).intoArray(im, t);
        }
        for (; t < h; t++) {
            re[t] = (window == null ? 1f : window[2 * t]) * x[off + 2 * t];
            im[t] = (window == null ? 1f : window[2 * t + 1]) * x[off + 2 * t + 1];
        }
    }

    /** See {@link FftScalarKernel#interleave}. */
    public static void interleave(float[] re, float[] im, float[] out, int off, int h) {
        int t = 0;
        int end = h & ~7;
        for (; t < end; t += 8) {
            FloatVector r = FloatVector.fromArray(S, re, t);
            FloatVector i = FloatVector.fromArray(S, im, t);
            r.rearrange(SPREAD_LOW).blend(i.rearrange(SPREAD_LOW), BIT1).intoArray(out, off + 2 * t);
            r.rearrange(SPREAD_HIGH).blend(i.rearrange(SPREAD_HIGH), BIT1).intoArray(out, off + 2 * t + 8);
        }
        for (; t < h; t++) {
            out[off + 2 * t] = re[t];
            out[off + 2 * t + 1] = im[t];
        }
    }

    /**
     * See {@link FftScalarKernel#realUntangle}. Bins {@code k} and {@code h - k} share their
     * inputs: with {@code E}, {@code O} as there, {@code X[k] = E + W^k O} and
     * {@code X[h-k] = conj(E - W^k O)}, so one block of 8 bins at the bottom and its mirror at
     * the top are computed together; the middle, where the blocks would meet, is scalar. Other
     * ranges than the full {@code [1, h)} run the scalar twin.
     */
    public static void realUntangle(float[] zRe, float[] zIm, float[] hr, float[] hi, int h,
                                    float[] re, float[] im, int off, int from, int to) {
        if (from != 1 || to != h) {
            FftScalarKernel.realUntangle(zRe, zIm, hr, hi, h, re, im, off, from, to);
            return;
        }
        int k = 1;
        for (; 2 * k + 14 < h; k += 8) {
            int b = h - k - 7;
            FloatVector ar = FloatVector.fromArray(S, zRe, k), ai = FloatVector.fromArray(S, zIm, k);
            FloatVector br = FloatVector.fromArray(S, zRe, b).rearrange(REVERSE);
            FloatVector bi = FloatVector.fromArray(S, zIm, b).rearrange(REVERSE);
            FloatVector wr = FloatVector.fromArray(S, hr, k), wi = FloatVector.fromArray(S, hi, k);
            FloatVector sr = ar.add(br).mul(0.5f), dr = ar.sub(br), si = ai.add(bi), di = ai.sub(bi).mul(0.5f);
            FloatVector qr = wr.fma(si, wi.mul(dr));          // Re W O
            FloatVector qi = wi.fma(si, wr.mul(dr).neg());    // Im W O
            sr.add(qr).intoArray(re, off + k);
            di.add(qi).intoArray(im, off + k);
            sr.sub(qr).rearrange(REVERSE).intoArray(re, off + b);
            qi.sub(di).rearrange(REVERSE).intoArray(im, off + b);
        }
        FftScalarKernel.realUntangle(zRe, zIm, hr, hi, h, re, im, off, k, h - k + 1);
    }

    /** See {@link #realUntangle}: the same pairing, writing {@code |X[k]|^2}. */
    public static void realUntanglePower(float[] zRe, float[] zIm, float[] hr, float[] hi, int h,
                                         float[] power, int off, int from, int to) {
        if (from != 1 || to != h) {
            FftScalarKernel.realUntanglePower(zRe, zIm, hr, hi, h, power, off, from, to);
            return;
        }
        int k = 1;
        for (; 2 * k + 14 < h; k += 8) {
            int b = h - k - 7;
            FloatVector ar = FloatVector.fromArray(S, zRe, k), ai = FloatVector.fromArray(S, zIm, k);
            FloatVector br = FloatVector.fromArray(S, zRe, b).rearrange(REVERSE);
            FloatVector bi = FloatVector.fromArray(S, zIm, b).rearrange(REVERSE);
            FloatVector wr = FloatVector.fromArray(S, hr, k), wi = FloatVector.fromArray(S, hi, k);
            FloatVector sr = ar.add(br).mul(0.5f), dr = ar.sub(br), si = ai.add(bi), di = ai.sub(bi).mul(0.5f);
            FloatVector qr = wr.fma(si, wi.mul(dr));
            FloatVector qi = wi.fma(si, wr.mul(dr).neg());
            FloatVector xr = sr.add(qr), xi = di.add(qi), yr = sr.sub(qr), yi = qi.sub(di);
            xr.fma(xr, xi.mul(xi)).intoArray(power, off + k);
            yr.fma(yr, yi.mul(yi)).rearrange(REVERSE).intoArray(power, off + b);
        }
        FftScalarKernel.realUntanglePower(zRe, zIm, hr, hi, h, power, off, k, h - k + 1);
    }

    /** See {@link FftScalarKernel#multiply}. */
    public static void multiply(float[] aRe, float[] aIm, float[] bRe, float[] bIm,
                                float[] outRe, float[] outIm, int n) {
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            FloatVector ar = FloatVector.fromArray(S, aRe, i), ai = FloatVector.fromArray(S, aIm, i);
            FloatVector br = FloatVector.fromArray(S, bRe, i), bi = FloatVector.fromArray(S, bIm, i);
            ar.mul(br).sub(ai.mul(bi)).intoArray(outRe, i);
            ar.fma(bi, ai.mul(br)).intoArray(outIm, i);
        }
        for (; i < n; i++) {
            float ar = aRe[i], ai = aIm[i], br = bRe[i], bi = bIm[i];
            outRe[i] = ar * br - ai * bi;
            outIm[i] = ar * bi + ai * br;
        }
    }

    /** See {@link FftScalarKernel#conjugate}. */
    public static void conjugate(float[] im, int n) {
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            FloatVector.fromArray(S, im, i).neg().intoArray(im, i);
        }
        for (; i < n; i++) {
            im[i] = -im[i];
        }
    }

    /** See {@link FftScalarKernel#scale}. */
    public static void scale(float[] re, float s, float[] im, float t, int n) {
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            FloatVector.fromArray(S, re, i).mul(s).intoArray(re, i);
            FloatVector.fromArray(S, im, i).mul(t).intoArray(im, i);
        }
        for (; i < n; i++) {
            re[i] *= s;
            im[i] *= t;
        }
    }
}
