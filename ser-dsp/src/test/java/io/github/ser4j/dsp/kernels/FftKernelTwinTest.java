package io.github.ser4j.dsp.kernels;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Vector API FFT kernels against their scalar twins, on sizes with and without tails. */
class FftKernelTwinTest {
    private static final int[] ODD_SIZES = {1, 7, 8, 17, 64, 1023};
    private final SplittableRandom rnd = new SplittableRandom(17);

    @BeforeEach
    void needsVectorApi() {
        assumeTrue(Simd.available(), "jdk.incubator.vector with >= 8 float lanes");
    }

    private float[] random(int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) rnd.nextDouble(-1, 1);
        }
        return x;
    }

    private static void assertClose(float[] vector, float[] scalar, double tol, String what) {
        for (int i = 0; i < scalar.length; i++) {
            assertThat((double) vector[i]).as("%s [%d]", what, i).isCloseTo(scalar[i], org.assertj.core.data.Offset.offset(tol));
        }
    }

    @Test
    void deinterleaveAndInterleaveMatchScalarOnOddSizes() {
        for (int h : ODD_SIZES) {
            float[] x = random(2 * h + 3);
            float[] w = random(2 * h);
            for (float[] window : new float[][] {null, w}) {
                float[] vr = new float[h], vi = new float[h], sr = new float[h], si = new float[h];
                FftVectorKernel.deinterleave(x, 3, window, vr, vi, h);
                FftScalarKernel.deinterleave(x, 3, window, sr, si, h);
                assertThat(vr).as("re h=%d", h).containsExactly(sr);
                assertThat(vi).as("im h=%d", h).containsExactly(si);
                float[] vo = new float[2 * h + 1], so = new float[2 * h + 1];
                FftVectorKernel.interleave(vr, vi, vo, 1, h);
                FftScalarKernel.interleave(sr, si, so, 1, h);
                assertThat(vo).as("interleave h=%d", h).containsExactly(so);
            }
        }
    }

    @Test
    void untangleAndPowerMatchScalarOnOddSizes() {
        for (int h : ODD_SIZES) {
            // the real-FFT tables: the vector kernel uses their symmetry W^(h-k) = -conj(W^k)
            float[] zr = random(h), zi = random(h), hr = new float[h + 1], hi = new float[h + 1];
            for (int k = 0; k <= h; k++) {
                hr[k] = (float) (0.5 * Math.cos(Math.PI * k / h));
                hi[k] = (float) (-0.5 * Math.sin(Math.PI * k / h));
            }
            float[] vr = new float[h + 2], vi = new float[h + 2], sr = new float[h + 2], si = new float[h + 2];
            FftVectorKernel.realUntangle(zr, zi, hr, hi, h, vr, vi, 1, 1, h);
            FftScalarKernel.realUntangle(zr, zi, hr, hi, h, sr, si, 1, 1, h);
            assertClose(vr, sr, 1e-6, "untangle re h=" + h);
            assertClose(vi, si, 1e-6, "untangle im h=" + h);
            float[] vp = new float[h + 2], sp = new float[h + 2];
            FftVectorKernel.realUntanglePower(zr, zi, hr, hi, h, vp, 2, 1, h);
            FftScalarKernel.realUntanglePower(zr, zi, hr, hi, h, sp, 2, 1, h);
            assertClose(vp, sp, 1e-5, "power h=" + h);
        }
    }

    @Test
    void multiplyConjugateAndScaleMatchScalarOnOddSizes() {
        for (int n : ODD_SIZES) {
            float[] re = random(n), im = random(n);
            float[] vr = re.clone(), vi = im.clone();
            float[] br = random(n), bi = random(n), mr = new float[n], mi = new float[n];
            FftVectorKernel.multiply(re, im, br, bi, mr, mi, n);
            float[] sr = new float[n], si = new float[n];
            FftScalarKernel.multiply(re, im, br, bi, sr, si, n);
            assertClose(mr, sr, 1e-6, "multiply re n=" + n);
            assertClose(mi, si, 1e-6, "multiply im n=" + n);
            FftVectorKernel.conjugate(vi, n);
            FftVectorKernel.scale(vr, 0.25f, vi, -3f, n);
            FftScalarKernel.conjugate(im, n);
            FftScalarKernel.scale(re, 0.25f, im, -3f, n);
            assertThat(vr).containsExactly(re);
            assertThat(vi).containsExactly(im);
        }
    }

    @Test
    void transposedRadix8PassMatchesScalarPass() {
        for (int n = 64; n <= 4096; n *= 2) {
            float[] re = random(n), im = random(n);
            float[] vr = new float[n], vi = new float[n], sr = new float[n], si = new float[n];
            FftVectorKernel.radix8First(re, im, vr, vi, n);
            FftVectorKernel.transposeBits12(vr, vi, n);
            FftVectorKernel.transposeBit4(vr, vi, n);
            FftScalarKernel.radix8First(re, im, sr, si, n);
            assertClose(vr, sr, 1e-6, "radix8 re n=" + n);
            assertClose(vi, si, 1e-6, "radix8 im n=" + n);
        }
    }

    @Test
    void twiddledPassesMatchScalarPasses() {
        for (int n = 64; n <= 2048; n *= 2) {
            for (int ns = 8; ns <= n / 4; ns *= 2) {
                float[] re = random(n), im = random(n), twr = random(7 * ns), twi = random(7 * ns);
                float[] vr = new float[n], vi = new float[n], sr = new float[n], si = new float[n];
                FftVectorKernel.radix4(re, im, vr, vi, n, ns, twr, twi, 0);
                FftScalarKernel.radix4(re, im, sr, si, n, ns, twr, twi, 0);
                assertClose(vr, sr, 1e-5, "radix4 n=" + n + " ns=" + ns);
                assertClose(vi, si, 1e-5, "radix4 n=" + n + " ns=" + ns);
                if (ns <= n / 8) {
                    FftVectorKernel.radix8(re, im, vr, vi, n, ns, twr, twi, 0);
                    FftScalarKernel.radix8(re, im, sr, si, n, ns, twr, twi, 0);
                    assertClose(vr, sr, 1e-5, "radix8 n=" + n + " ns=" + ns);
                    assertClose(vi, si, 1e-5, "radix8 n=" + n + " ns=" + ns);
                }
                FftVectorKernel.radix2(re, im, vr, vi, n, ns, twr, twi, ns);
                FftScalarKernel.radix2(re, im, sr, si, n, ns, twr, twi, ns);
                assertClose(vr, sr, 1e-5, "radix2 n=" + n + " ns=" + ns);
                assertClose(vi, si, 1e-5, "radix2 n=" + n + " ns=" + ns);
            }
        }
    }
}
