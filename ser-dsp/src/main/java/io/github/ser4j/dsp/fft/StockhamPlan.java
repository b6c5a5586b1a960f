package io.github.ser4j.dsp.fft;

import io.github.ser4j.dsp.kernels.FftScalarKernel;
import io.github.ser4j.dsp.kernels.FftVectorKernel;
import io.github.ser4j.dsp.kernels.Simd;

/**
 * The pass schedule and twiddle tables of a power-of-two Stockham FFT, and the loop that runs
 * the passes through the scalar or the vector kernel.
 *
 * <p>Schedule for {@code n = 2^b}: one radix-8 pass without twiddles ({@code b >= 3}), then
 * as many radix-8 passes as the remaining exponent allows, topped up with one or two radix-4
 * passes (a radix-2 pass only for {@code n = 16}); {@code n = 4} and {@code n = 2} are a single
 * radix-4 or radix-2 pass. Fewer, wider passes mean fewer sweeps over memory. Twiddles are computed in double and
 * rounded once to float, so their error does not grow with the pass count. Immutable, so one
 * plan can be shared by several {@link ComplexFft}/{@link RealFft} objects of different
 * threads; the buffers belong to the caller.
 */
final class StockhamPlan {
    private final int n;
    private final boolean vector;
    private final int[] radix;
    private final int[] span;
    private final int[] twOffset;
    private final float[] twRe;
    private final float[] twIm;

    StockhamPlan(int n, boolean vectorized) {
        if (Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("Stockham plan needs a power of two, got n=" + n);
        }
        this.n = n;
        this.vector = vectorized && Simd.available() && n >= 64;
        int bits = Integer.numberOfTrailingZeros(n);
        int passes;
        int[] r = new int[bits];
        if (bits == 0) {
            passes = 0;
        } else if (bits < 3) {
            r[0] = 1 << bits;
            passes = 1;
        } else {
            r[0] = 8;
            passes = 1;
            // as many radix-8 passes as possible (fewest sweeps over memory), then radix 4 or 2
            int rem = bits - 3;
            int eights = rem / 3;
            int fours = 0;
            int twos = 0;
            if (rem % 3 == 2) {
                fours = 1;
            } else if (rem % 3 == 1) {
                if (eights > 0) {
                    eights--;
                    fours = 2;
                } else {
                    twos = 1;
                }
            }
            for (int i = 0; i < fours; i++) {
                r[passes++] = 4;
            }
            for (int i = 0; i < eights; i++) {
                r[passes++] = 8;
            }
            if (twos == 1) {
                r[passes++] = 2;
            }
        }
        radix = java.util.Arrays.copyOf(r, passes);
        span = new int[passes];
        twOffset = new int[passes];
        int size = 0;
        int ns = 1;
        for (int s = 0; s < passes; s++) {
            span[s] = ns;
            twOffset[s] = size;
            if (s > 0 || radix[s] != 8) {
                size += (radix[s] - 1) * ns;
            }
            ns *= radix[s];
        }
        twRe = new float[size];
        twIm = new float[size];
        for (int s = 0; s < passes; s++) {
            if (s == 0 && radix[s] == 8) {
                continue; // the first radix-8 pass has ns = 1: all twiddles are 1
            }
            int m = span[s];
            for (int r1 = 1; r1 < radix[s]; r1++) {
                for (int p = 0; p < m; p++) {
                    // W_{m R}^{r p}; (r p) mod (m R) keeps the angle small and exact
                    double a = -2.0 * Math.PI * ((long) r1 * p % ((long) m * radix[s])) / ((double) m * radix[s]);
                    twRe[twOffset[s] + (r1 - 1) * m + p] = (float) Math.cos(a);
                    twIm[twOffset[s] + (r1 - 1) * m + p] = (float) Math.sin(a);
                }
            }
        }
    }

    int size() {
        return n;
    }

    boolean vectorized() {
        return vector;
    }

    /**
     * Transforms {@code a} (destroyed), ping-ponging with {@code b}; returns {@code true} when the
     * result ended in {@code b}, {@code false} when in {@code a}.
     */
    boolean run(float[] aRe, float[] aIm, float[] bRe, float[] bIm) {
        float[] inRe = aRe, inIm = aIm, outRe = bRe, outIm = bIm;
        for (int s = 0; s < radix.length; s++) {
            int ns = span[s];
            int tw = twOffset[s];
            if (vector) {
                switch (s == 0 ? -radix[s] : radix[s]) {
                    case -8 -> {
                        FftVectorKernel.radix8First(inRe, inIm, outRe, outIm, n);
                        FftVectorKernel.transposeBits12(outRe, outIm, n);
                        FftVectorKernel.transposeBit4(outRe, outIm, n);
                    }
                    case 8 -> FftVectorKernel.radix8(inRe, inIm, outRe, outIm, n, ns, twRe, twIm, tw);
                    case 4, -4 -> FftVectorKernel.radix4(inRe, inIm, outRe, outIm, n, ns, twRe, twIm, tw);
                    default -> FftVectorKernel.radix2(inRe, inIm, outRe, outIm, n, ns, twRe, twIm, tw);
                }
            } else {
                switch (s == 0 ? -radix[s] : radix[s]) {
                    case -8 -> FftScalarKernel.radix8First(inRe, inIm, outRe, outIm, n);
                    case 8 -> FftScalarKernel.radix8(inRe, inIm, outRe, outIm, n, ns, twRe, twIm, tw);
                    case 4, -4 -> FftScalarKernel.radix4(inRe, inIm, outRe, outIm, n, ns, twRe, twIm, tw);
                    default -> FftScalarKernel.radix2(inRe, inIm, outRe, outIm, n, ns, twRe, twIm, tw);
                }
            }
            float[] t = inRe;
            inRe = outRe;
            outRe = t;
            t = inIm;
            inIm = outIm;
            outIm = t;
        }
        return (radix.length & 1) == 1;
    }
}
