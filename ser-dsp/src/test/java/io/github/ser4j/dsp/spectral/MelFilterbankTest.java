package io.github.ser4j.dsp.spectral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MelFilterbankTest {

    @Test
    void slaneyFilterbankMatchesLibrosa() {
        Golden.assertClose("melfb_sr22050_n2048_m128_slaney", MelFilterbank.of(MelConfig.of(22050, 2048, 128)).matrix(),
                1e-6);
    }

    @Test
    void htkSlaneyNormFilterbankMatchesLibrosa() {
        Golden.assertClose("melfb_sr22050_n2048_m128_htk_slaney",
                MelFilterbank.of(MelConfig.of(22050, 2048, 128).withHtk(true)).matrix(), 1e-6);
    }

    @Test
    void htkUnnormalisedFilterbankMatchesLibrosa() {
        Golden.assertClose("melfb_sr22050_n2048_m128_htk_nonorm",
                MelFilterbank.of(MelConfig.of(22050, 2048, 128).withHtk(true).withNorm(MelNorm.NONE)).matrix(), 1e-6);
    }

    @Test
    void smallFilterbankAt16kMatchesLibrosa() {
        Golden.assertClose("melfb_sr16000_n512_m40_slaney", MelFilterbank.of(MelConfig.of(16000, 512, 40)).matrix(),
                1e-6);
    }

    @Test
    void melFrequenciesMatchLibrosa() {
        Golden.assertClose("mel_frequencies_128_slaney", MelScale.melFrequencies(130, 0, 11025, false), 1e-12);
    }

    @Test
    void melScaleRoundTripsAndIsLinearBelow1kHz() {
        for (boolean htk : new boolean[] {false, true}) {
            for (double f : new double[] {0, 55, 440, 999.9, 1000, 4321, 11025}) {
                assertThat(MelScale.melToHz(MelScale.hzToMel(f, htk), htk)).isCloseTo(f, within(1e-9));
            }
        }
        assertThat(MelScale.hzToMel(600, false)).isCloseTo(9.0, within(1e-12));
        assertThat(MelScale.hzToMel(1000, false)).isCloseTo(15.0, within(1e-12));
        assertThat(MelScale.hzToMel(700, true)).isCloseTo(2595 * Math.log10(2), within(1e-9));
    }

    @Test
    void sparseApplicationEqualsDenseProduct() {
        MelFilterbank fb = MelFilterbank.of(MelConfig.of(16000, 512, 40).withRange(100, 7000));
        float[][] w = fb.matrix();
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        float[] spec = new float[fb.bins()];
        for (int k = 0; k < spec.length; k++) {
            spec[k] = (float) r.nextDouble();
        }
        float[] mel = new float[40];
        fb.apply(spec, mel);
        for (int m = 0; m < 40; m++) {
            double dense = 0;
            for (int k = 0; k < spec.length; k++) {
                dense += w[m][k] * spec[k];
            }
            assertThat((double) mel[m]).isCloseTo(dense, within(1e-6 * Math.max(1, Math.abs(dense))));
        }
        assertThat(fb.nonzeroCount()).isLessThan(3 * fb.bins());
    }

    @Test
    void badConfigsNameFieldAndValue() {
        assertThatThrownBy(() -> MelConfig.of(0, 2048, 128)).hasMessageContaining("sampleRate").hasMessageContaining("0");
        assertThatThrownBy(() -> MelConfig.of(22050, 2048, 0)).hasMessageContaining("nMels").hasMessageContaining("0");
        assertThatThrownBy(() -> MelConfig.of(22050, 2048, 128).withRange(0, 12000)).hasMessageContaining("fmax")
                .hasMessageContaining("12000");
        assertThatThrownBy(() -> MelConfig.of(22050, 2048, 128).withRange(-5, 8000)).hasMessageContaining("fmin")
                .hasMessageContaining("-5");
    }
}
