package io.github.ser4j.model.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.augment.SpeedPerturbation;
import io.github.ser4j.dsp.resample.ResampleType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestTimeAugmentationTest {
    @Test
    void viewsAreTheInputThenEachSpeedAsTrainingCopiesAreMade() {
        float[] y = new float[16000];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) Math.sin(2 * Math.PI * 150 * i / 16000.0);
        }
        Audio a = new Audio(y, 16000);
        List<Audio> v = TestTimeAugmentation.speeds0911().views(a);
        assertThat(v).hasSize(3);
        assertThat(v.get(0)).isSameAs(a);
        assertThat(v.get(1).samples()).containsExactly(SpeedPerturbation.changeSpeed(y, 16000, 0.9, ResampleType.KAISER_FAST));
        assertThat(v.get(2).samples()).containsExactly(SpeedPerturbation.changeSpeed(y, 16000, 1.1, ResampleType.KAISER_FAST));
        assertThat(v.get(1).sampleRate()).isEqualTo(16000);
        assertThat(TestTimeAugmentation.none().views(a)).containsExactly(a);
    }

    @Test
    void theSettingTravelsInTheArchitecture() {
        ModelArchitecture plain = ModelArchitecture.of("mlp-seed004", 4, 40);
        assertThat(TestTimeAugmentation.of(plain)).isEqualTo(TestTimeAugmentation.none());
        ModelArchitecture withTta = TestTimeAugmentation.speeds0911().applyTo(plain);
        assertThat(withTta.hyperparameters()).containsEntry(TestTimeAugmentation.HYPERPARAMETER, "0.9,1.1");
        assertThat(TestTimeAugmentation.of(withTta)).isEqualTo(TestTimeAugmentation.speeds0911());
        assertThat(TestTimeAugmentation.none().applyTo(withTta)).isEqualTo(plain);
        assertThat(TestTimeAugmentation.speeds0911().describe()).isEqualTo("predictions averaged over speeds 1, 0.9, 1.1");
        assertThat(TestTimeAugmentation.none().describe()).isEmpty();
    }

    @Test
    void averagesProbabilities() {
        float[] m = TestTimeAugmentation.average(List.of(new float[] {1f, 0f}, new float[] {0.5f, 0.5f}));
        assertThat(m[0]).isCloseTo(0.75f, within(1e-7f));
        assertThat(m[1]).isCloseTo(0.25f, within(1e-7f));
        assertThatThrownBy(() -> TestTimeAugmentation.average(List.of())).hasMessageContaining("nothing");
    }

    @Test
    void badSpeedsAreNamed() {
        assertThatThrownBy(() -> new TestTimeAugmentation(List.of(0.9, 1.0))).hasMessageContaining("speeds[1]");
        assertThatThrownBy(() -> new TestTimeAugmentation(List.of(-2.0))).hasMessageContaining("speeds[0]");
        ModelArchitecture bad = new ModelArchitecture("mlp-seed004", 4, new int[] {40},
                java.util.Map.of(TestTimeAugmentation.HYPERPARAMETER, "fast"));
        assertThatThrownBy(() -> TestTimeAugmentation.of(bad)).hasMessageContaining("test_time_speeds='fast'");
    }
}
