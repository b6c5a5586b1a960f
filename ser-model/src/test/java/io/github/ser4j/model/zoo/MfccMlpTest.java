package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 004's MLP: the count from its layer sizes, output shape, and that Adam lowers the loss. */
class MfccMlpTest {
    @Test
    void parameterCountFollowsTheLayerSizes() {
        for (int[] fc : new int[][] {{40, 7}, {162, 8}}) {
            int f = fc[0];
            int n = fc[1];
            long expected = (256L * f + 256) + 2 * 256 + (256 * 128 + 128) + 2 * 128 + (128L * n + n);
            MfccMlp m = new MfccMlp(n, new int[] {f}, new SplittableRandom(0));
            assertThat(m.parameterCount()).isEqualTo(expected).isEqualTo(256L * f + 33_920 + 129L * n);
        }
        assertThat(new MfccMlp(7, MfccMlp.INPUT.exampleShape(), new SplittableRandom(0)).parameterCount())
                .isEqualTo(45_063L);
    }

    @Test
    void fewAdamStepsGiveClassLogitsAndLowerTheLoss() {
        MfccMlp m = new MfccMlp(7, MfccMlp.INPUT.exampleShape(), new SplittableRandom(1));
        Training.withoutRandomMasks(m);
        Tensor x = Training.batch(MfccMlp.INPUT.exampleShape(), 14, 2);
        assertThat(m.forward(x).shape()).containsExactly(14, 7);
        float[] losses = Training.adamSteps(m, x, Training.labels(14, 7), 5, 1e-3);
        assertThat(losses[5]).isLessThan(losses[0]);
    }
}
