package io.github.ser4j.dsp.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ser4j.dsp.spectral.Golden;
import io.github.ser4j.dsp.spectral.StftConfig;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpectralFeaturesTest {

    @Test
    void centroidMatchesLibrosa() {
        Golden.assertClose("spectral_centroid", Features.spectralCentroid(Golden.signal22050(), 22050), 1e-5);
    }

    private static float[] tone(double hz, int sr, int n) {
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            y[i] = (float) Math.sin(2 * Math.PI * hz * i / sr);
        }
        return y;
    }

    private static float[] noise(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            y[i] = (float) (r.nextDouble() * 2 - 1);
        }
        return y;
    }

    @Test
    void pureToneHasCentroidAndRolloffAtItsFrequencyAndNarrowBandwidth() {
        // 1000 Hz exactly on bin 93 of a 2048-point FFT at 22050 Hz? No: bin spacing 10.77 Hz;
        // use a bin-centred frequency so the peak is symmetric.
        double hz = 100 * 22050.0 / 2048;
        float[] y = tone(hz, 22050, 22050);
        int mid = 20;
        assertThat((double) Features.spectralCentroid(y, 22050)[0][mid]).isCloseTo(hz, within(1.0));
        float rolloff = Features.spectralRolloff(y, 22050)[0][mid];
        assertThat((double) rolloff).isCloseTo(hz, within(22050.0 / 2048 + 1e-6));
        assertThat(Features.spectralBandwidth(y, 22050)[0][mid]).isLessThan(30f);
        assertThat(Features.spectralFlatness(y)[0][mid]).isLessThan(1e-3f);
    }

    @Test
    void whiteNoiseIsFlatAndCentredAtQuarterRate() {
        float[] y = noise(22050, 5);
        float[][] flat = Features.spectralFlatness(y);
        float[][] cen = Features.spectralCentroid(y, 22050);
        float[][] roll = Features.spectralRolloff(y, 22050);
        float[][] bw = Features.spectralBandwidth(y, 22050);
        int mid = 20;
        // |X|^2 of white noise is exponential: geometric/arithmetic mean = exp(-gamma) = 0.56
        assertThat(flat[0][mid]).isBetween(0.45f, 0.65f);
        assertThat((double) cen[0][mid]).isCloseTo(22050 / 4.0, within(300.0));
        assertThat((double) roll[0][mid]).isCloseTo(0.85 * 22050 / 2, within(300.0));
        // uniform spread over [0, sr/2]: standard deviation (sr/2)/sqrt(12)
        assertThat((double) bw[0][mid]).isCloseTo(11025 / Math.sqrt(12), within(300.0));
    }

    @Test
    void rolloffGrowsWithRollPercentAndSilenceGivesZeros() {
        float[] y = noise(8192, 9);
        float[][] lo = SpectralRolloff.compute(y, 22050, StftConfig.librosaDefault(), 0.5);
        float[][] hi = SpectralRolloff.compute(y, 22050, StftConfig.librosaDefault(), 0.95);
        for (int t = 0; t < lo[0].length; t++) {
            assertThat(hi[0][t]).isGreaterThanOrEqualTo(lo[0][t]);
        }
        float[] silence = new float[4096];
        assertThat(Features.spectralCentroid(silence, 22050)[0]).containsOnly(0f);
        assertThat(Features.spectralBandwidth(silence, 22050)[0]).containsOnly(0f);
    }

    @Test
    void badArgumentsNameTheValue() {
        assertThatThrownBy(() -> SpectralRolloff.compute(new float[4096], 22050, StftConfig.librosaDefault(), 1.5))
                .hasMessageContaining("rollPercent").hasMessageContaining("1.5");
        assertThatThrownBy(() -> SpectralCentroid.fromMagnitude(new float[10][3], 22050, 2048))
                .hasMessageContaining("10 bins");
    }
}
