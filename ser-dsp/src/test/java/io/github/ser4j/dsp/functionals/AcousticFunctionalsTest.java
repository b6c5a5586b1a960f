package io.github.ser4j.dsp.functionals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AcousticFunctionalsTest {
    private static final int SR = AcousticFunctionals.SAMPLE_RATE;

    /** One second of a "vowel": a 10-harmonic tone at {@code f0} in light noise, amplitude {@code a}. */
    private static float[] vowel(double f0, double a, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] y = new float[SR];
        for (int i = 0; i < y.length; i++) {
            double s = 0;
            for (int h = 1; h <= 10; h++) {
                s += Math.sin(2 * Math.PI * h * f0 * i / SR) / h;
            }
            y[i] = (float) (a * (0.3 * s + 0.002 * (rng.nextDouble() - 0.5)));
        }
        return y;
    }

    private static int index(String name) {
        int i = AcousticFunctionals.names().indexOf(name);
        assertThat(i).as(name).isGreaterThanOrEqualTo(0);
        return i;
    }

    @Test
    void dimensionAndNamesAgree() {
        List<String> names = AcousticFunctionals.names();
        assertThat(AcousticFunctionals.DIMENSION).isEqualTo(706);
        assertThat(names).hasSize(AcousticFunctionals.DIMENSION);
        assertThat(new HashSet<>(names)).hasSize(names.size());
        assertThat(new AcousticFunctionals().extract(vowel(150, 1, 1))).hasSize(706);
    }

    @Test
    void pitchFunctionalsReadTheVoicesF0() {
        float[] x = new AcousticFunctionals().extract(vowel(220, 1, 2));
        double semitones = 12 * Math.log(220 / 27.5) / Math.log(2);
        assertThat((double) x[index("f0_semitones_mean")]).isCloseTo(semitones, within(0.1));
        assertThat((double) x[index("f0_semitones_std")]).isLessThan(0.1);
        assertThat((double) x[index("voiced_fraction")]).isGreaterThan(0.9);
        assertThat((double) x[index("hnr_db_p50")]).isGreaterThan(15);
        float[] low = new AcousticFunctionals().extract(vowel(110, 1, 2));
        assertThat((double) low[index("f0_semitones_mean")]).isCloseTo(semitones - 12, within(0.1));
    }

    @Test
    void doublingTheAmplitudeAddsSixDecibelsToLevelsAndLeavesShapeAlone() {
        AcousticFunctionals f = new AcousticFunctionals();
        float[] a = f.extract(vowel(180, 0.25, 3));
        float[] b = f.extract(vowel(180, 0.5, 3));
        double six = 20 * Math.log10(2);
        assertThat((double) (b[index("loudness_db_mean")] - a[index("loudness_db_mean")])).isCloseTo(six, within(0.01));
        assertThat((double) (b[index("logmel10_mean")] - a[index("logmel10_mean")])).isCloseTo(six, within(0.01));
        for (String shape : List.of("centroid_khz_mean", "alpha_ratio_db_mean", "hammarberg_db_mean", "mfcc3_mean",
                "f0_semitones_mean", "voiced_fraction")) {
            assertThat((double) b[index(shape)]).as(shape).isCloseTo(a[index(shape)], within(0.02));
        }
    }

    @Test
    void silenceShortAndNoiseGiveFiniteVectors() {
        AcousticFunctionals f = new AcousticFunctionals();
        SplittableRandom rng = new SplittableRandom(4);
        float[] noise = new float[SR / 2];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (0.1 * (rng.nextDouble() - 0.5));
        }
        for (float[] y : List.of(new float[SR], new float[] {0.5f, -0.5f, 0.25f}, noise)) {
            float[] x = f.extract(y);
            for (int i = 0; i < x.length; i++) {
                assertThat(Float.isFinite(x[i])).as(AcousticFunctionals.names().get(i)).isTrue();
            }
        }
        assertThat((double) f.extract(noise)[index("voiced_fraction")]).isLessThan(0.2);
    }

    @Test
    void deterministicAndReusable() {
        AcousticFunctionals f = new AcousticFunctionals();
        float[] y = vowel(130, 0.7, 5);
        float[] first = f.extract(y);
        f.extract(vowel(300, 0.2, 6));
        assertThat(f.extract(y)).containsExactly(first);
        assertThat(new AcousticFunctionals().extract(y)).containsExactly(first);
    }

    @Test
    void badSignalsAreRefusedWithTheReason() {
        AcousticFunctionals f = new AcousticFunctionals();
        assertThatThrownBy(() -> f.extract(new float[0])).hasMessageContaining("no samples");
        float[] y = new float[1000];
        y[17] = Float.NaN;
        assertThatThrownBy(() -> f.extract(y)).hasMessageContaining("sample 17");
    }
}
