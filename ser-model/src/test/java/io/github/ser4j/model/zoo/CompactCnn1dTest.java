package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seed 001's compact CNN1D: PyTorch's parameter count, output shape, and that Adam lowers the loss. */
class CompactCnn1dTest {
    @Test
    void hasPyTorchParameterCountForSevenClasses() {
        CompactCnn1d m = new CompactCnn1d(7, new int[] {1, 50}, new SplittableRandom(0));
        assertThat(m.parameterCount()).isEqualTo(PyTorchCounts.of("seed001_cnn1d_in50_7cls")).isEqualTo(53_479L);
    }

    @Test
    void fewAdamStepsGiveClassLogitsAndLowerTheLoss() {
        CompactCnn1d m = new CompactCnn1d(7, CompactCnn1d.INPUT.exampleShape(), new SplittableRandom(1));
        Training.withoutRandomMasks(m);
        Tensor x = Training.batch(CompactCnn1d.INPUT.exampleShape(), 14, 2);
        assertThat(m.forward(x).shape()).containsExactly(14, 7);
        float[] losses = Training.adamSteps(m, x, Training.labels(14, 7), 5, 1e-3);
        assertThat(losses[5]).isLessThan(losses[0]);
    }

    @Test
    void rejectsInputTooShortToPoolTwice() {
        assertThatThrownBy(() -> new CompactCnn1d(7, new int[] {1, 3}, new SplittableRandom(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pooled length");
    }
}
