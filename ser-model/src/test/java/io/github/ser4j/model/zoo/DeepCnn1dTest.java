package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seed 000's deep CNN1D: PyTorch's parameter count, output shape, and that Adam lowers the loss. */
class DeepCnn1dTest {
    @Test
    void hasPyTorchParameterCountForSevenClasses() {
        DeepCnn1d m = new DeepCnn1d(7, new int[] {1, 880}, new SplittableRandom(0));
        assertThat(m.parameterCount()).isEqualTo(PyTorchCounts.of("seed000_cnn1d_in880_7cls")).isEqualTo(2_727_815L);
    }

    @Test
    void oneAdamStepOnTwoExamplesGivesClassLogitsAndLowersTheLoss() {
        DeepCnn1d m = new DeepCnn1d(7, DeepCnn1d.INPUT.exampleShape(), new SplittableRandom(1));
        Training.withoutRandomMasks(m);
        Tensor x = Training.batch(DeepCnn1d.INPUT.exampleShape(), 2, 2);
        assertThat(m.forward(x).shape()).containsExactly(2, 7);
        float[] losses = Training.adamSteps(m, x, new int[] {3, 5}, 1, 1e-3);
        assertThat(losses[1]).isLessThan(losses[0]);
    }

    @Test
    void flattenSizeFollowsTheInputLength() {
        // 100 -> 50 -> 25 -> 13 -> 7 -> 4 after five 'same' poolings: Dense sees 128 * 4
        DeepCnn1d m = new DeepCnn1d(4, new int[] {1, 100}, new SplittableRandom(0));
        assertThat(m.namedParameters().get("net.26.weight").shape()).containsExactly(256, 128 * 4);
        assertThat(m.eval().forward(Training.batch(new int[] {1, 100}, 3, 1)).shape()).containsExactly(3, 4);
    }

    @Test
    void rejectsMultiChannelInput() {
        assertThatThrownBy(() -> new DeepCnn1d(7, new int[] {2, 880}, new SplittableRandom(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channels");
    }
}
