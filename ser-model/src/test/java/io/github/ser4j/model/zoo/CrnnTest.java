package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 003's CRNN: PyTorch's parameter count, LSTM shapes, output shape, and that Adam lowers the loss. */
class CrnnTest {
    @Test
    void hasPyTorchParameterCountForEightClasses() {
        Crnn m = new Crnn(8, new int[] {1, 128, 259}, new SplittableRandom(0));
        assertThat(m.parameterCount()).isEqualTo(PyTorchCounts.of("seed003_crnn_128x259_8cls")).isEqualTo(1_443_528L);
        // 128 channels x 8 mel rows per step feed the BiLSTM
        assertThat(m.namedParameters().get("lstm.weight_ih_l0").shape()).containsExactly(4 * 128, 1024);
        assertThat(m.namedParameters().get("lstm.weight_hh_l0_reverse").shape()).containsExactly(4 * 128, 128);
    }

    @Test
    void kerasLstmInitialisationHasUnitForgetBias() {
        Crnn m = new Crnn(8, new int[] {1, 32, 32}, new SplittableRandom(0));
        float[] b = m.namedParameters().get("lstm.bias_ih_l0").data();
        assertThat(b[0]).isZero();          // input gate
        assertThat(b[128]).isEqualTo(1f);   // forget gate
        assertThat(b[2 * 128]).isZero();    // cell candidate
    }

    @Test
    void oneAdamStepOnTwoSpectrogramsGivesClassLogitsAndLowersTheLoss() {
        Crnn m = new Crnn(8, Crnn.INPUT.exampleShape(), new SplittableRandom(1));
        Tensor x = Training.batch(Crnn.INPUT.exampleShape(), 2, 2);
        assertThat(m.forward(x).shape()).containsExactly(2, 8);
        float[] losses = Training.adamSteps(m, x, new int[] {2, 7}, 1, 1e-3);
        assertThat(losses[1]).isLessThan(losses[0]);
    }
}
