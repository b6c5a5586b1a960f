package io.github.ser4j.dsp.fft;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class RealFftTest {

    /** Naive O(n^2) DFT in double precision, the definition itself. */
    private static double[][] dft(float[] x) {
        int n = x.length;
        double[][] out = new double[2][n / 2 + 1];
        for (int k = 0; k <= n / 2; k++) {
            double re = 0;
            double im = 0;
            for (int t = 0; t < n; t++) {
                double a = -2 * Math.PI * ((long) k * t % n) / n;
                re += x[t] * Math.cos(a);
                im += x[t] * Math.sin(a);
            }
            out[0][k] = re;
            out[1][k] = im;
        }
        return out;
    }

    @Test
    void forwardMatchesNaiveDftAndInverseRestoresSignal() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int n : new int[] {1, 2, 3, 5, 8, 12, 17, 64, 100, 400, 882, 1024}) {
            float[] x = new float[n];
            for (int i = 0; i < n; i++) {
                x[i] = (float) rnd.nextDouble(-1, 1);
            }
            RealFft fft = RealFft.of(n);
            float[] re = new float[fft.bins()];
            float[] im = new float[fft.bins()];
            fft.forward(x, 0, re, im);
            double[][] ref = dft(x);
            double scale = Math.sqrt(n);
            for (int k = 0; k < fft.bins(); k++) {
                assertThat(Math.abs(re[k] - ref[0][k])).as("re n=%d k=%d", n, k).isLessThan(1e-5 * scale * 4);
                assertThat(Math.abs(im[k] - ref[1][k])).as("im n=%d k=%d", n, k).isLessThan(1e-5 * scale * 4);
            }
            float[] back = new float[n];
            fft.inverse(re, im, back, 0);
            for (int i = 0; i < n; i++) {
                assertThat(back[i]).as("inverse n=%d i=%d", n, i).isCloseTo(x[i], org.assertj.core.data.Offset.offset(1e-5f));
            }
        }
    }
}
