package io.github.ser4j.dsp.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ser4j.dsp.spectral.Golden;
import io.github.ser4j.dsp.spectral.PadMode;
import org.junit.jupiter.api.Test;

class FrameFeaturesTest {

    @Test
    void rmsMatchesLibrosa() {
        Golden.assertClose("rms_f2048_h512", Rms.compute(Golden.signal22050()), 1e-5);
    }

    @Test
    void zeroCrossingRateMatchesLibrosaExactly() {
        Golden.assertClose("zcr_f2048_h512", ZeroCrossingRate.compute(Golden.signal22050()), 1e-7);
    }

    @Test
    void rmsOfConstantSignalIsItsAbsoluteValueAwayFromEdges() {
        float[] y = new float[4096];
        java.util.Arrays.fill(y, -0.25f);
        float[][] r = Rms.compute(y, 256, 128, true, PadMode.REFLECT);
        for (float v : r[0]) {
            assertThat(v).isCloseTo(0.25f, within(1e-6f));
        }
    }

    @Test
    void zeroCrossingRateOfAlternatingSignalCountsEveryNeighbourPairButTheFirst() {
        float[] y = new float[1000];
        for (int i = 0; i < y.length; i++) {
            y[i] = (i % 2 == 0) ? 1f : -1f;
        }
        float[][] z = ZeroCrossingRate.compute(y, 100, 50, false);
        assertThat(z[0][0]).isEqualTo(99f / 100f);
        // below the 1e-10 threshold everything is zero, i.e. positive: no crossings
        for (int i = 0; i < y.length; i++) {
            y[i] *= 1e-11f;
        }
        assertThat(ZeroCrossingRate.compute(y, 100, 50, false)[0][0]).isZero();
    }

    @Test
    void badArgumentsNameTheValue() {
        assertThatThrownBy(() -> Rms.compute(new float[10], 0, 5, true, PadMode.CONSTANT))
                .hasMessageContaining("frameLength").hasMessageContaining("0");
        assertThatThrownBy(() -> ZeroCrossingRate.compute(new float[10], 8, -2, true))
                .hasMessageContaining("hopLength").hasMessageContaining("-2");
    }
}
