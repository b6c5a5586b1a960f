package io.github.ser4j.dsp.fft;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplexFftTest {
    /** float32 error relative to the spectrum's peak; measured <= 4e-7 for every length tested. */
    private static final double TOLERANCE = 1e-6;

    private static float[] random(SplittableRandom rnd, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) rnd.nextDouble(-1, 1);
        }
        return x;
    }

    private static void checkAgainstNaiveDft(IntStream lengths) {
        SplittableRandom rnd = new SplittableRandom(11);
        lengths.forEach(n -> {
            float[] re = random(rnd, n);
            float[] im = random(rnd, n);
            double[][] ref = NaiveDft.complex(re, im);
            for (boolean vectorized : new boolean[] {true, false}) {
                float[] r = re.clone();
                float[] i = im.clone();
                ComplexFft fft = ComplexFft.of(n, vectorized);
                fft.forward(r, i);
                assertThat(NaiveDft.relativeError(r, i, ref, n))
                        .as("forward n=%d vectorized=%b", n, fft.vectorized()).isLessThan(TOLERANCE);
                fft.inverse(r, i);
                double err = 0;
                for (int t = 0; t < n; t++) {
                    err = Math.max(err, Math.hypot(r[t] - re[t], i[t] - im[t]));
                }
                assertThat(err).as("inverse(forward(x)) - x, n=%d vectorized=%b", n, fft.vectorized())
                        .isLessThan(TOLERANCE * 4);
            }
        });
    }

    @Test
    void forwardMatchesNaiveDftAndInverseRestoresInputForEveryLengthUpTo512() {
        checkAgainstNaiveDft(FftLengths.small());
    }

    @Test
    void forwardMatchesNaiveDftForPrimesAndComposites512To4096() {
        checkAgainstNaiveDft(FftLengths.large());
    }

    @Test
    void inverseMatchesNumpyScalingOnAnImpulse() {
        // ifft of all-ones is an impulse of height 1 at t = 0 (numpy divides by n)
        for (int n : new int[] {1, 8, 100, 1024}) {
            float[] re = new float[n];
            float[] im = new float[n];
            java.util.Arrays.fill(re, 1f);
            ComplexFft.of(n).inverse(re, im);
            assertThat(re[0]).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-6f));
            for (int t = 1; t < n; t++) {
                assertThat(Math.abs(re[t]) + Math.abs(im[t])).as("n=%d t=%d", n, t).isLessThan(1e-6f);
            }
        }
    }

    @Test
    void rejectsBadLengthsAndShortArrays() {
        assertThatThrownBy(() -> ComplexFft.of(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
        assertThatThrownBy(() -> ComplexFft.of(8).forward(new float[8], new float[7]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("im=7");
    }
}
