package io.github.ser4j.dsp.effects;

import io.github.ser4j.dsp.resample.ResampleType;
import io.github.ser4j.dsp.spectral.Stft;
import io.github.ser4j.dsp.spectral.StftConfig;
import io.github.ser4j.dsp.testing.Npy;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PitchShiftTest {

    private static void matchesLibrosa(int steps, String name) throws IOException {
        float[] y = PitchShift.shift(TimeStretchTest.input(), 22050, steps);
        double wave = TimeStretchTest.snrDb(y, Npy.resource("golden/librosa/" + name + ".npy").data());
        double mag = TimeStretchTest.magnitudeSnrDb(y, Npy.resource("golden/librosa/" + name + "_mag.npy"));
        System.out.printf("%s: waveform SNR %.2f dB, magnitude SNR %.2f dB%n", name, wave, mag);
        assertThat(wave).isGreaterThanOrEqualTo(40);
        assertThat(mag).isGreaterThanOrEqualTo(40);
    }

    @Test
    void upTwoSemitonesMatchesLibrosa() throws IOException {
        matchesLibrosa(2, "pitch_shift_+2");
    }

    @Test
    void downTwoSemitonesMatchesLibrosa() throws IOException {
        matchesLibrosa(-2, "pitch_shift_-2");
    }

    @Test
    void anOctaveUpDoublesTheFrequencyAndKeepsTheLength() {
        int sr = 16000;
        float[] y = new float[sr];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) Math.sin(2 * Math.PI * 500 * i / sr);
        }
        float[] z = PitchShift.shift(y, sr, 12, 12, ResampleType.KAISER_FAST);
        assertThat(z).hasSize(y.length);
        float[][] mag = Stft.of(StftConfig.of(2048, 512)).magnitude(z);
        int mid = mag[0].length / 2;
        int peak = 0;
        for (int k = 1; k < mag.length; k++) {
            if (mag[k][mid] > mag[peak][mid]) {
                peak = k;
            }
        }
        assertThat(peak).isEqualTo((int) Math.round(1000.0 * 2048 / sr));
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> PitchShift.shift(new float[100], 0, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sampleRate").hasMessageContaining("0");
        assertThatThrownBy(() -> PitchShift.shift(new float[100], 16000, Double.NaN)).hasMessageContaining("nSteps");
        assertThatThrownBy(() -> PitchShift.shift(new float[100], 16000, 2, 0, ResampleType.KAISER_BEST))
                .hasMessageContaining("binsPerOctave");
    }
}
