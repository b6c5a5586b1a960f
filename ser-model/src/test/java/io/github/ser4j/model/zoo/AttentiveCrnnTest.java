package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The default network: its count from the layer sizes, output shape on the default input,
 * that Adam lowers the loss, that evaluation is deterministic and blind to per-band offsets,
 * and that attention weights are distributions over the pooled steps.
 */
class AttentiveCrnnTest {
    /** Trained parameters of the architecture, counted from the configuration. */
    static long expectedCount(AttentiveCrnnConfig c, int mels, int classes) {
        long n = 0;
        int in = 1;
        for (int out : c.channels()) {
            n += 9L * in * out + 2L * out;      // conv without bias + batch norm
            in = out;
        }
        int steps = in * (mels >> c.channels().size());
        int h = c.rnnHidden();
        n += 2L * (3L * h * (steps + h) + 2L * 3 * h);   // BiGRU
        int d = 2 * h;
        n += (long) d * c.attentionDim() + c.attentionDim() + (long) c.attentionDim() * c.attentionHeads();
        return n + (long) c.attentionHeads() * d * classes + classes;
    }

    @Test
    void parameterCountFollowsTheLayerSizesAndStaysSmall() {
        AttentiveCrnn m = new AttentiveCrnn(7, AttentiveCrnn.INPUT.exampleShape(), new SplittableRandom(0));
        assertThat(m.parameterCount()).isEqualTo(expectedCount(AttentiveCrnnConfig.DEFAULT, 64, 7))
                .isEqualTo(178_576L + 257L * 7).isLessThan(300_000L);
        AttentiveCrnnConfig wide = new AttentiveCrnnConfig(List.of(8, 16, 32), 32, 16, 1, 0.1f,
                SpecAugmentConfig.NONE, false);
        assertThat(new AttentiveCrnn(5, new int[] {1, 40, 50}, wide, new SplittableRandom(0)).parameterCount())
                .isEqualTo(expectedCount(wide, 40, 5));
    }

    @Test
    void defaultInputIsThreeSecondsOf64MelsAt16kHz() {
        assertThat(AttentiveCrnn.INPUT.exampleShape()).containsExactly(1, 64, 188);
        assertThat(AttentiveCrnn.INPUT.recipe()).contains("64 mels").contains("16000 Hz");
    }

    @Test
    void fewAdamStepsGiveClassLogitsAndLowerTheLoss() {
        int[] shape = AttentiveCrnn.INPUT.exampleShape();
        AttentiveCrnn m = new AttentiveCrnn(7, shape, new SplittableRandom(1));
        Training.withoutRandomMasks(m);
        Tensor x = Training.batch(shape, 4, 2);
        assertThat(m.forward(x).shape()).containsExactly(4, 7);
        float[] losses = Training.adamSteps(m, x, new int[] {0, 3, 5, 6}, 3, 3e-3);
        assertThat(losses[3]).isLessThan(losses[0]);
    }

    @Test
    void trainingModeMasksAndDropsButEvaluationIsDeterministicAndOffsetInvariant() {
        int[] shape = {1, 32, 40};
        AttentiveCrnn m = new AttentiveCrnn(4, shape, new SplittableRandom(3));
        Tensor x = Training.batch(shape, 3, 4);
        Tensor a = m.forward(x);
        Tensor b = m.forward(x);
        assertThat(a.data()).isNotEqualTo(b.data());   // fresh masks each call in training
        m.eval();
        try (NoGrad g = NoGrad.enter()) {
            float[] y1 = m.forward(x).data();
            assertThat(m.forward(x).data()).containsExactly(y1);
            // a constant offset per mel band (a recording channel) is removed by utterance normalisation
            float[] shifted = x.data().clone();
            for (int i = 0; i < shifted.length; i++) {
                int band = (i / shape[2]) % shape[1];
                shifted[i] += 5f * band - 40f;
            }
            float[] y2 = m.forward(Tensor.of(shifted, x.shape())).data();
            for (int i = 0; i < y1.length; i++) {
                assertThat(y2[i]).isCloseTo(y1[i], within(1e-3f * (1 + Math.abs(y1[i]))));
            }
        }
    }

    @Test
    void attentionWeightsAreDistributionsOverPooledSteps() {
        int[] shape = AttentiveCrnn.INPUT.exampleShape();
        AttentiveCrnn m = new AttentiveCrnn(7, shape, new SplittableRandom(5));
        m.eval();
        try (NoGrad g = NoGrad.enter()) {
            Tensor w = m.attentionWeights(Training.batch(shape, 2, 6));
            assertThat(w.shape()).containsExactly(2, 2, 188 >> 3);
            float[] d = w.data();
            int t = w.dim(2);
            for (int row = 0; row < 4; row++) {
                double sum = 0;
                for (int j = 0; j < t; j++) {
                    assertThat(d[row * t + j]).isBetween(0f, 1f);
                    sum += d[row * t + j];
                }
                assertThat(sum).isCloseTo(1.0, within(1e-5));
            }
        }
    }
}
