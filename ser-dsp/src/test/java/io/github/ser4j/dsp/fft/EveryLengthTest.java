package io.github.ser4j.dsp.fft;

import org.jtransforms.fft.DoubleFFT_1D;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every transform length from 1 to 4096 — primes, prime powers, every composite — against an
 * independent double-precision FFT (JTransforms' {@code DoubleFFT_1D}, mixed radix and
 * Bluestein). The naive DFT tests cover the definition itself on a selection of lengths; this
 * one sweeps all of them, which an O(n^2) reference cannot do quickly.
 */
class EveryLengthTest {
    private static final double TOLERANCE = 1e-6;

    @Test
    void realAndComplexTransformsMatchADoublePrecisionFftForEveryLengthUpTo4096() {
        SplittableRandom rnd = new SplittableRandom(2024);
        double worst = 0;
        int worstN = 0;
        for (int n = 1; n <= 4096; n++) {
            float[] x = new float[n];
            float[] y = new float[n];
            double[] ref = new double[2 * n];
            for (int t = 0; t < n; t++) {
                x[t] = (float) rnd.nextDouble(-1, 1);
                y[t] = (float) rnd.nextDouble(-1, 1);
                ref[2 * t] = x[t];
                ref[2 * t + 1] = y[t];
            }
            new DoubleFFT_1D(n).complexForward(ref);
            double peak = 0;
            for (int k = 0; k < n; k++) {
                peak = Math.max(peak, Math.hypot(ref[2 * k], ref[2 * k + 1]));
            }

            // complex input x + iy
            float[] re = x.clone();
            float[] im = y.clone();
            ComplexFft.of(n).forward(re, im);
            double err = 0;
            for (int k = 0; k < n; k++) {
                err = Math.max(err, Math.hypot(re[k] - ref[2 * k], im[k] - ref[2 * k + 1]));
            }
            assertThat(err / peak).as("complex FFT, n=%d", n).isLessThan(TOLERANCE);
            worst = Math.max(worst, err / peak);
            if (worst == err / peak) {
                worstN = n;
            }

            // real input x: rfft(x)[k] = (Z[k] + conj Z[n-k]) / 2 with Z = fft(x + iy)
            RealFft real = RealFft.of(n);
            float[] rre = new float[real.bins()];
            float[] rim = new float[real.bins()];
            real.forward(x, 0, rre, rim);
            double rerr = 0;
            double rpeak = 0;
            for (int k = 0; k < real.bins(); k++) {
                int m = (n - k) % n;
                double xr = 0.5 * (ref[2 * k] + ref[2 * m]);
                double xi = 0.5 * (ref[2 * k + 1] - ref[2 * m + 1]);
                rpeak = Math.max(rpeak, Math.hypot(xr, xi));
                rerr = Math.max(rerr, Math.hypot(rre[k] - xr, rim[k] - xi));
            }
            assertThat(rerr / Math.max(rpeak, 1e-30)).as("real FFT, n=%d", n).isLessThan(TOLERANCE);
        }
        System.out.printf("EveryLengthTest: worst complex error %.2e of the peak at n=%d%n", worst, worstN);
    }
}
