package io.github.ser4j.dsp.augment;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class AdditiveNoiseTest {

    static float[] tone(int n, int sr) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (0.3 * Math.sin(2 * Math.PI * 220 * i / sr) + 0.1 * Math.sin(2 * Math.PI * 1234 * i / sr));
        }
        return x;
    }

    /** 10 log10(P(x) / P(y - x)). */
    static double measuredSnrDb(float[] x, float[] y) {
        double ps = 0;
        double pn = 0;
        for (int i = 0; i < x.length; i++) {
            ps += (double) x[i] * x[i];
            double d = (double) y[i] - x[i];
            pn += d * d;
        }
        return 10 * Math.log10(ps / pn);
    }

    @Test
    void noiseHasTheRequestedSnr() {
        float[] x = tone(16000, 16000);
        for (double snr : new double[] {-5, 0, 10, 20, 40}) {
            for (long seed = 0; seed < 5; seed++) {
                float[] y = AdditiveNoise.addAtSnr(x, snr, new SplittableRandom(seed));
                assertThat(measuredSnrDb(x, y)).as("snr %s seed %d", snr, seed).isCloseTo(snr, offset(0.1));
            }
        }
    }

    @Test
    void shortSignalsGetTheRequestedSnrToo() {
        float[] x = tone(50, 16000);
        float[] y = AdditiveNoise.addAtSnr(x, 15, new SplittableRandom(9));
        assertThat(measuredSnrDb(x, y)).isCloseTo(15, offset(0.1));
    }

    @Test
    void drawnSnrLiesInTheRange() {
        float[] x = tone(8000, 16000);
        AdditiveNoise aug = new AdditiveNoise(10, 20);
        for (long seed = 0; seed < 20; seed++) {
            double snr = measuredSnrDb(x, aug.apply(x, 16000, seed));
            assertThat(snr).isBetween(10 - 0.1, 20 + 0.1);
        }
    }

    @Test
    void noiseIsRoughlyWhiteAndZeroMean() {
        float[] x = new float[20000];
        x[0] = 1; // power 1/20000; noise power at 0 dB is the same.
        float[] y = AdditiveNoise.addAtSnr(x, 0, new SplittableRandom(5));
        double mean = 0;
        double lag1 = 0;
        double power = 0;
        for (int i = 1; i < y.length; i++) {
            mean += y[i];
            power += (double) y[i] * y[i];
            lag1 += (double) y[i] * y[i - 1];
        }
        double sd = Math.sqrt(power / y.length);
        assertThat(Math.abs(mean / y.length)).isLessThan(5 * sd / Math.sqrt(y.length));
        assertThat(Math.abs(lag1 / power)).isLessThan(5 / Math.sqrt(y.length));
    }

    @Test
    void peakScaledNoiseStaysBelowTheFractionOfThePeak() {
        float[] x = tone(20000, 16000);
        float peak = 0;
        for (float v : x) {
            peak = Math.max(peak, v);
        }
        PeakScaledNoise aug = new PeakScaledNoise(0.035);
        double largest = 0;
        for (long seed = 0; seed < 20; seed++) {
            float[] y = aug.apply(x, 16000, seed);
            double pn = 0;
            for (int i = 0; i < x.length; i++) {
                double d = (double) y[i] - x[i];
                pn += d * d;
            }
            double sd = Math.sqrt(pn / x.length);
            // The drawn amplitude is at most 0.035 * peak; allow 5% for the sample deviation.
            assertThat(sd).isLessThan(0.035 * peak * 1.05);
            largest = Math.max(largest, sd);
        }
        // 20 uniform draws: the largest is above half the maximum with probability 1 - 2^-20.
        assertThat(largest).isGreaterThan(0.035 * peak * 0.5);
        assertThatThrownBy(() -> new PeakScaledNoise(-0.1)).hasMessageContaining("maxFraction").hasMessageContaining("-0.1");
    }

    @Test
    void silenceIsLeftUnchanged() {
        assertThat(AdditiveNoise.addAtSnr(new float[10], 10, new SplittableRandom(1))).containsOnly(0f);
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> new AdditiveNoise(20, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minSnrDb").hasMessageContaining("20.0").hasMessageContaining("10.0");
        assertThatThrownBy(() -> new AdditiveNoise(Double.NaN, 10)).hasMessageContaining("minSnrDb");
        assertThatThrownBy(() -> AdditiveNoise.addAtSnr(new float[3], Double.POSITIVE_INFINITY, new SplittableRandom(1)))
                .hasMessageContaining("snrDb");
        assertThatThrownBy(() -> new AdditiveNoise(0, 10).apply(new float[3], 0, 1L))
                .hasMessageContaining("sampleRate").hasMessageContaining("0");
    }
}
