package io.github.ser4j.dsp.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ser4j.dsp.spectral.Golden;
import io.github.ser4j.dsp.spectral.StftConfig;
import org.junit.jupiter.api.Test;

class ChromaTest {

    @Test
    void chromaWithZeroTuningMatchesLibrosa() {
        float[][] c = Features.chroma(Golden.signal22050(), ChromaConfig.librosa(22050).withTuning(0.0));
        Golden.assertClose("chroma_stft_tuning0", c, 1e-4);
    }

    @Test
    void estimatedTuningMatchesLibrosasEstimate() {
        float[][] power = Features.stftPower(Golden.signal22050());
        double tuning = Tuning.estimate(power, 22050, 12);
        System.out.println("estimated tuning " + tuning + " (librosa: 0.020000000000000018)");
        assertThat(tuning).isCloseTo(0.02, within(1e-9));
    }

    @Test
    void chromaWithEstimatedTuningMatchesLibrosa() {
        Golden.assertClose("chroma_stft_default", Features.chroma(Golden.signal22050(), 22050), 1e-4);
    }

    @Test
    void toneAt440HzLightsUpPitchClassA() {
        float[] y = new float[22050];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) Math.sin(2 * Math.PI * 440 * i / 22050.0);
        }
        float[][] c = Features.chroma(y, ChromaConfig.librosa(22050).withTuning(0.0));
        int mid = 20;
        assertThat(c[9][mid]).isEqualTo(1f); // C, C#, ..., A is index 9
        for (int p = 0; p < 12; p++) {
            if (p != 9) {
                assertThat(c[p][mid]).isLessThan(0.5f);
            }
        }
    }

    @Test
    void pitchTuningFindsAConsistentDetuning() {
        // every partial 30 cents sharp of A440's grid -> tuning 0.3 (the bin's left edge)
        float[] f = new float[50];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) (440 * Math.pow(2, (i - 20 + 0.305) / 12.0));
        }
        assertThat(Tuning.pitchTuning(f, 0.01, 12)).isCloseTo(0.30, within(1e-9));
    }

    @Test
    void badConfigsNameFieldAndValue() {
        assertThatThrownBy(() -> new ChromaConfig(22050, StftConfig.librosaDefault(), 12, 0.7))
                .hasMessageContaining("tuning").hasMessageContaining("0.7");
        assertThatThrownBy(() -> new ChromaConfig(22050, StftConfig.librosaDefault(), 0, 0))
                .hasMessageContaining("nChroma").hasMessageContaining("0");
    }
}
