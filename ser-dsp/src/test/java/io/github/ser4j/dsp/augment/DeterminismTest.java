package io.github.ser4j.dsp.augment;

import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.resample.ResampleType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Every augmentation: the same seed gives the same output, different seeds different ones. */
class DeterminismTest {

    static List<Augmentation> all() {
        return List.of(
                new AdditiveNoise(5, 30),
                new PeakScaledNoise(PeakScaledNoise.NOTEBOOK_FRACTION),
                new Gain(-6, 6),
                new TimeShift(0.1, TimeShift.Mode.ROLL),
                new TimeShift(0.1, TimeShift.Mode.ZERO_FILL),
                new RandomTimeStretch(0.8, 1.25),
                new RandomPitchShift(-2, 2, ResampleType.KAISER_FAST),
                new SpeedPerturbation(0.9, 1.1));
    }

    @Test
    void sameSeedSameOutputDifferentSeedDifferentOutput() {
        float[] x = AdditiveNoiseTest.tone(8000, 16000);
        float[] copy = x.clone();
        for (Augmentation aug : all()) {
            for (long seed = 0; seed < 5; seed++) {
                float[] a = aug.apply(x, 16000, seed);
                float[] b = aug.apply(x, 16000, seed);
                float[] c = aug.apply(x, 16000, seed + 1000);
                assertThat(b).as("%s seed %d", aug, seed).isEqualTo(a);
                assertThat(c).as("%s seeds %d, %d", aug, seed, seed + 1000).isNotEqualTo(a);
            }
            assertThat(x).as("input untouched by %s", aug).isEqualTo(copy);
        }
    }

    @Test
    void audioOverloadKeepsTheRateAndMatchesTheArrayForm() {
        float[] x = AdditiveNoiseTest.tone(4000, 16000);
        for (Augmentation aug : all()) {
            Audio out = aug.apply(new Audio(x, 16000), new SplittableRandom(3));
            assertThat(out.sampleRate()).isEqualTo(16000);
            assertThat(out.samples()).isEqualTo(aug.apply(x, 16000, new SplittableRandom(3)));
        }
    }

    @Test
    void emptyAndOneSampleSignalsAreHandled() {
        for (Augmentation aug : all()) {
            assertThat(aug.apply(new float[0], 16000, 1L)).as("%s on empty", aug).isNotNull();
            assertThat(aug.apply(new float[] {0.5f}, 16000, 1L)).as("%s on one sample", aug).isNotNull();
        }
    }
}
