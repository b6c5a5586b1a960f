package io.github.ser4j.dsp.effects;

import io.github.ser4j.dsp.testing.Npy;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WienerFilterTest {

    private static float[] input() throws IOException {
        return Npy.resource("golden/librosa/load_sr22050_kaiser_best.npy").toFloats();
    }

    /** Largest |ours - scipy| relative to max |scipy|. */
    private static double relativeError(float[] ours, double[] scipy) {
        assertThat(ours).hasSize(scipy.length);
        double maxAbs = 0;
        double maxErr = 0;
        for (int i = 0; i < ours.length; i++) {
            maxAbs = Math.max(maxAbs, Math.abs(scipy[i]));
            maxErr = Math.max(maxErr, Math.abs(ours[i] - scipy[i]));
        }
        return maxErr / maxAbs;
    }

    @Test
    void defaultWindowMatchesScipyWiener() throws IOException {
        double[] expected = Npy.resource("golden/librosa/wiener_default.npy").data();
        double err = relativeError(WienerFilter.apply(input()), expected);
        System.out.printf("wiener mysize=3: max rel err %.3g%n", err);
        assertThat(err).isLessThanOrEqualTo(1e-4);
    }

    @Test
    void window29MatchesScipyWiener() throws IOException {
        double[] expected = Npy.resource("golden/librosa/wiener_mysize29.npy").data();
        double err = relativeError(WienerFilter.apply(input(), 29), expected);
        System.out.printf("wiener mysize=29: max rel err %.3g%n", err);
        assertThat(err).isLessThanOrEqualTo(1e-4);
    }

    @Test
    void evenWindowUsesCorrelateSameAlignment() {
        // scipy.signal.correlate(x, ones(4), 'same')[i] sums x[i-2 .. i+1]; with noise = 0
        // and var > 0 the output is x itself, so check the mean through a constant+spike:
        // local mean of an impulse at 5 is 1/4 at i = 4, 5, 6, 7 and 0 elsewhere.
        float[] x = new float[10];
        x[5] = 1;
        float[] y = WienerFilter.apply(x, 4, 1e9);
        for (int i = 0; i < x.length; i++) {
            assertThat(y[i]).as("i=%d", i).isEqualTo(i >= 4 && i <= 7 ? 0.25f : 0f);
        }
    }

    @Test
    void zeroNoiseLeavesSignalUnchanged() {
        float[] x = {0.1f, -0.3f, 0.7f, 0.2f, -0.5f, 0.05f, 0.4f};
        float[] y = WienerFilter.apply(x, 3, 0.0);
        for (int i = 0; i < x.length; i++) {
            assertThat(y[i]).isCloseTo(x[i], org.assertj.core.data.Offset.offset(1e-6f));
        }
    }

    @Test
    void silenceStaysSilentInsteadOfNaN() {
        assertThat(WienerFilter.apply(new float[16])).containsOnly(0f);
        assertThat(WienerFilter.apply(new float[0])).isEmpty();
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> WienerFilter.apply(new float[4], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mysize").hasMessageContaining("0");
        assertThatThrownBy(() -> WienerFilter.apply(new float[4], 3, -1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noise").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> WienerFilter.apply(new float[4], 3, Double.NaN))
                .hasMessageContaining("noise");
    }
}
