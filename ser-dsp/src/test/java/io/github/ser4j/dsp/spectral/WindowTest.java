package io.github.ser4j.dsp.spectral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WindowTest {

    @Test
    void periodicHannMatchesScipyGetWindowFftbins() {
        Golden.assertClose("window_hann_2048_periodic", Window.HANN.periodic(2048), 1e-12);
    }

    @Test
    void periodicWindowIsSymmetricWindowOfOneMoreSampleTruncated() {
        for (Window w : Window.values()) {
            double[] p = w.periodic(17);
            double[] s = w.symmetric(18);
            for (int i = 0; i < 17; i++) {
                assertThat(p[i]).isCloseTo(s[i], within(1e-15));
            }
        }
    }

    @Test
    void hammingFollowsItsCosineFormula() {
        double[] w = Window.HAMMING.periodic(64);
        for (int i = 0; i < 64; i++) {
            assertThat(w[i]).isCloseTo(0.54 - 0.46 * Math.cos(2 * Math.PI * i / 64), within(1e-12));
        }
    }

    @Test
    void periodicHannOverlapAddsToConstantAtQuarterHop() {
        double[] w = Window.HANN.periodic(512);
        for (int n = 0; n < 128; n++) {
            double sum = w[n] + w[n + 128] + w[n + 256] + w[n + 384];
            assertThat(sum).isCloseTo(2.0, within(1e-12));
        }
    }

    @Test
    void centeredWindowIsZeroPaddedOnBothSides() {
        float[] w = Window.HANN.periodicCentered(6, 10);
        double[] p = Window.HANN.periodic(6);
        assertThat(w[0]).isZero();
        assertThat(w[1]).isZero();
        for (int i = 0; i < 6; i++) {
            assertThat(w[2 + i]).isEqualTo((float) p[i]);
        }
        assertThat(w[8]).isZero();
        assertThat(w[9]).isZero();
    }

    @Test
    void badLengthsNameTheValue() {
        assertThatThrownBy(() -> Window.HANN.periodic(0)).hasMessageContaining("window length").hasMessageContaining("0");
        assertThatThrownBy(() -> Window.HANN.periodicCentered(11, 10)).hasMessageContaining("winLength")
                .hasMessageContaining("11");
    }
}
