package io.github.ser4j.dsp.augment;

import io.github.ser4j.dsp.resample.ResampleType;
import io.github.ser4j.dsp.spectral.Stft;
import io.github.ser4j.dsp.spectral.StftConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Time stretch, pitch shift and speed perturbation as augmentations. */
class ResamplingAugmentationsTest {

    private static final int SR = 16000;

    private static float[] sine(double hz, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (0.5 * Math.sin(2 * Math.PI * hz * i / SR));
        }
        return x;
    }

    /** Frequency of the strongest bin of the middle frame, in Hz. */
    private static double peakHz(float[] x) {
        float[][] mag = Stft.of(StftConfig.of(2048, 512)).magnitude(x);
        int mid = mag[0].length / 2;
        int peak = 0;
        for (int k = 1; k < mag.length; k++) {
            if (mag[k][mid] > mag[peak][mid]) {
                peak = k;
            }
        }
        return peak * (double) SR / 2048;
    }

    @Test
    void speedPerturbationScalesLengthAndFrequencyTogether() {
        float[] x = sine(1000, SR);
        for (double f : new double[] {0.9, 1.1}) {
            float[] y = SpeedPerturbation.changeSpeed(x, SR, f, ResampleType.KAISER_FAST);
            assertThat((double) y.length).as("factor %s", f).isCloseTo(SR / f, org.assertj.core.data.Offset.offset(1.0));
            assertThat(peakHz(y)).as("factor %s", f).isCloseTo(1000 * f, org.assertj.core.data.Offset.offset(SR / 2048.0));
        }
    }

    @Test
    void drawnSpeedLengthsStayInTheRange() {
        float[] x = sine(440, 8000);
        SpeedPerturbation aug = new SpeedPerturbation(0.9, 1.1);
        for (long seed = 0; seed < 10; seed++) {
            int n = aug.apply(x, SR, seed).length;
            assertThat(n).isBetween((int) Math.floor(8000 / 1.1), (int) Math.ceil(8000 / 0.9));
        }
    }

    @Test
    void drawnStretchLengthsStayInTheRangeAndPitchShiftKeepsLength() {
        float[] x = sine(440, 8000);
        RandomTimeStretch stretch = new RandomTimeStretch(0.8, 1.25);
        RandomPitchShift pitch = new RandomPitchShift(-2, 2, ResampleType.KAISER_FAST);
        for (long seed = 0; seed < 5; seed++) {
            assertThat(stretch.apply(x, SR, seed).length).isBetween(6400, 10000);
            assertThat(pitch.apply(x, SR, seed)).hasSize(8000);
        }
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> new SpeedPerturbation(0, 1.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minFactor").hasMessageContaining("0.0");
        assertThatThrownBy(() -> new SpeedPerturbation(1.1, 0.9)).hasMessageContaining("maxFactor");
        assertThatThrownBy(() -> new SpeedPerturbation(0.9, 1.1, ResampleType.POLYPHASE)).hasMessageContaining("resampleType");
        assertThatThrownBy(() -> SpeedPerturbation.changeSpeed(new float[8], SR, -1, ResampleType.KAISER_FAST))
                .hasMessageContaining("factor").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new RandomTimeStretch(-0.5, 1)).hasMessageContaining("minRate").hasMessageContaining("-0.5");
        assertThatThrownBy(() -> new RandomPitchShift(3, 1)).hasMessageContaining("minSemitones");
        assertThatThrownBy(() -> new RandomPitchShift(-1, 1, null)).hasMessageContaining("resampleType");
    }
}
