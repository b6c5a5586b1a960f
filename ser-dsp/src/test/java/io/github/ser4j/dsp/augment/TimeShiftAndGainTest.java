package io.github.ser4j.dsp.augment;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class TimeShiftAndGainTest {

    private static float[] noise(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) r.nextDouble(-1, 1);
        }
        return x;
    }

    @Test
    void rollIsInvertedByTheOppositeRoll() {
        for (int n : new int[] {1, 7, 17, 1023}) {
            float[] x = noise(n, n);
            for (int k : new int[] {0, 1, -1, 5, -16, n, 3 * n + 2, -2 * n - 1}) {
                float[] y = TimeShift.shift(x, k, TimeShift.Mode.ROLL);
                assertThat(TimeShift.shift(y, -k, TimeShift.Mode.ROLL)).as("n=%d k=%d", n, k).containsExactly(x);
            }
        }
    }

    @Test
    void rollMovesSamplesLaterLikeNumpyRoll() {
        float[] x = {1, 2, 3, 4, 5};
        assertThat(TimeShift.shift(x, 2, TimeShift.Mode.ROLL)).containsExactly(4, 5, 1, 2, 3);
        assertThat(TimeShift.shift(x, -1, TimeShift.Mode.ROLL)).containsExactly(2, 3, 4, 5, 1);
    }

    @Test
    void zeroFillIsInvertedOnTheSamplesThatSurvive() {
        float[] x = noise(100, 2);
        for (int k : new int[] {0, 3, -3, 99, -99}) {
            float[] back = TimeShift.shift(TimeShift.shift(x, k, TimeShift.Mode.ZERO_FILL), -k, TimeShift.Mode.ZERO_FILL);
            int lo = Math.max(0, -k);
            int hi = Math.min(100, 100 - k);
            for (int i = 0; i < 100; i++) {
                assertThat(back[i]).isEqualTo(i >= lo && i < hi ? x[i] : 0f);
            }
        }
        assertThat(TimeShift.shift(x, 100, TimeShift.Mode.ZERO_FILL)).containsOnly(0f);
        assertThat(TimeShift.shift(new float[] {1, 2, 3}, 1, TimeShift.Mode.ZERO_FILL)).containsExactly(0, 1, 2);
    }

    @Test
    void drawnShiftStaysWithinTheMaximum() {
        float[] x = new float[1000];
        x[500] = 1;
        TimeShift aug = new TimeShift(0.01, TimeShift.Mode.ZERO_FILL); // 160 samples at 16 kHz
        boolean negative = false;
        boolean positive = false;
        for (long seed = 0; seed < 200; seed++) {
            float[] y = aug.apply(x, 16000, seed);
            int at = -1;
            for (int i = 0; i < y.length; i++) {
                if (y[i] == 1f) {
                    at = i;
                }
            }
            assertThat(at - 500).isBetween(-160, 160);
            negative |= at < 500;
            positive |= at > 500;
        }
        assertThat(negative && positive).isTrue();
    }

    @Test
    void gainIsInvertedByTheOppositeGain() {
        float[] x = noise(1023, 4);
        for (double db : new double[] {-20, -3, 0, 6, 12.5}) {
            float[] back = Gain.scale(Gain.scale(x, db), -db);
            for (int i = 0; i < x.length; i++) {
                assertThat(back[i]).isCloseTo(x[i], offset(1e-6f));
            }
        }
    }

    @Test
    void sixDecibelsDoublesTheAmplitude() {
        float[] y = Gain.scale(new float[] {0.25f}, 20 * Math.log10(2));
        assertThat(y[0]).isCloseTo(0.5f, offset(1e-7f));
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> new TimeShift(-0.5, TimeShift.Mode.ROLL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSeconds").hasMessageContaining("-0.5");
        assertThatThrownBy(() -> new TimeShift(0.5, null)).hasMessageContaining("mode");
        assertThatThrownBy(() -> new Gain(6, -6)).hasMessageContaining("minDb").hasMessageContaining("6.0");
        assertThatThrownBy(() -> Gain.scale(new float[1], Double.NaN)).hasMessageContaining("db");
    }
}
