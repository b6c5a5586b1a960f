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
    void rmsFromRectangularWindowSpectrogramEqualsRmsOfTheFrames() {
        // Parseval: with a boxcar window and no centring, sum |X_k|^2 over the full spectrum = n sum x^2
        float[] y = new float[3000];
        java.util.SplittableRandom r = new java.util.SplittableRandom(4);
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) r.nextGaussian();
        }
        for (int n : new int[] {256, 255}) {
            io.github.ser4j.dsp.spectral.StftConfig c = new io.github.ser4j.dsp.spectral.StftConfig(n, 100, n,
                    io.github.ser4j.dsp.spectral.Window.BOXCAR, false, PadMode.CONSTANT);
            float[][] fromS = Rms.fromMagnitude(io.github.ser4j.dsp.spectral.Stft.of(c).magnitude(y), n);
            float[][] fromY = Rms.compute(y, n, 100, false, PadMode.CONSTANT);
            assertThat(fromS[0].length).isEqualTo(fromY[0].length);
            for (int t = 0; t < fromY[0].length; t++) {
                assertThat(fromS[0][t]).isCloseTo(fromY[0][t], within(1e-5f));
            }
        }
    }

    @Test
    void badArgumentsNameTheValue() {
        assertThatThrownBy(() -> Rms.compute(new float[10], 0, 5, true, PadMode.CONSTANT))
                .hasMessageContaining("frameLength").hasMessageContaining("0");
        assertThatThrownBy(() -> ZeroCrossingRate.compute(new float[10], 8, -2, true))
                .hasMessageContaining("hopLength").hasMessageContaining("-2");
    }
}
