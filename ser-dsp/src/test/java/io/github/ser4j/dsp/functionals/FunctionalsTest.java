package io.github.ser4j.dsp.functionals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FunctionalsTest {
    private static boolean[] all(int n) {
        boolean[] k = new boolean[n];
        java.util.Arrays.fill(k, true);
        return k;
    }

    @Test
    void matchesNumpyAndScipyOnASmallSample() {
        // v = [1, 2, 3, 4, 10]: mean 4, np.std 3.1622777, scipy.stats.skew 1.1384199,
        // scipy.stats.kurtosis from the central moments below, np.percentile 1.4, 3, 7.6
        float[] v = {1, 2, 3, 4, 10};
        float[] out = new float[Functionals.COUNT];
        Functionals.compute(v, all(5), out, 0);
        double m2 = (9 + 4 + 1 + 0 + 36) / 5.0;
        double m3 = (-27 - 8 - 1 + 0 + 216) / 5.0;
        double m4 = (81 + 16 + 1 + 0 + 1296) / 5.0;
        assertThat(out[0]).isCloseTo(4f, within(1e-6f));
        assertThat((double) out[1]).isCloseTo(Math.sqrt(10), within(1e-6));
        assertThat((double) out[2]).isCloseTo(m3 / Math.pow(m2, 1.5), within(1e-6));
        assertThat((double) out[2]).isCloseTo(1.1384199, within(1e-6));
        assertThat((double) out[3]).isCloseTo(m4 / (m2 * m2) - 3, within(1e-6));
        assertThat((double) out[4]).isCloseTo(1.4, within(1e-6));
        assertThat((double) out[5]).isCloseTo(3.0, within(1e-6));
        assertThat((double) out[6]).isCloseTo(7.6, within(1e-6));
        assertThat((double) out[7]).isCloseTo(6.2, within(1e-6));
        // np.polyfit([0, .25, .5, .75, 1], v, 1)[0] = sum((t-.5)(v-4)) / sum((t-.5)^2) = 5 / 0.625
        assertThat((double) out[8]).isCloseTo(8.0, within(1e-5));
    }

    @Test
    void onlyTheSelectedFramesCountAndTimeIsScaledToTheirSpan() {
        float[] track = {100, 0, 100, 1, 100, 2, 100, 3};
        boolean[] odd = {false, true, false, true, false, true, false, true};
        float[] out = new float[Functionals.COUNT + 2];
        Functionals.compute(track, odd, out, 2);
        assertThat(out[2]).isCloseTo(1.5f, within(1e-6f));
        // a ramp 0..3 over normalised time 0..1 has slope 3
        assertThat(out[2 + 8]).isCloseTo(3f, within(1e-5f));
        assertThat(out[0]).isZero();
        assertThat(Functionals.std(track, odd)).isCloseTo((float) Math.sqrt(1.25), within(1e-6f));
    }

    @Test
    void constantAndTooShortTracksGiveZerosNotNaN() {
        float[] out = new float[Functionals.COUNT];
        Functionals.compute(new float[] {5, 5, 5, 5}, all(4), out, 0);
        assertThat(out).containsExactly(5, 0, 0, 0, 5, 5, 5, 0, 0);
        Functionals.compute(new float[] {5, 7}, new boolean[] {true, false}, out, 0);
        assertThat(out).containsOnly(0f);
        assertThat(Functionals.std(new float[] {1}, new boolean[] {true})).isZero();
    }

    @Test
    void shapeStatisticsAreClamped() {
        float[] spike = new float[10_000];
        spike[5000] = 1e6f;
        float[] out = new float[Functionals.COUNT];
        Functionals.compute(spike, all(spike.length), out, 0);
        assertThat(out[2]).isEqualTo(10f);
        assertThat(out[3]).isEqualTo(50f);
    }

    @Test
    void percentileIsNumpysLinearInterpolation() {
        double[] s = {1, 2, 3, 4};
        assertThat(Functionals.percentile(s, 0.5)).isEqualTo(2.5);
        assertThat(Functionals.percentile(s, 0.1)).isCloseTo(1.3, within(1e-12));
        assertThat(Functionals.percentile(s, 1.0)).isEqualTo(4);
        assertThat(Functionals.percentile(new double[] {7}, 0.9)).isEqualTo(7);
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> Functionals.compute(new float[3], new boolean[2], new float[9], 0))
                .hasMessageContaining("3 frames");
        assertThatThrownBy(() -> Functionals.compute(new float[3], new boolean[3], new float[9], 1))
                .hasMessageContaining("does not fit");
        assertThatThrownBy(() -> Functionals.percentile(new double[0], 0.5)).hasMessageContaining("no values");
        assertThatThrownBy(() -> Functionals.percentile(new double[1], 2)).hasMessageContaining("q must");
    }
}
