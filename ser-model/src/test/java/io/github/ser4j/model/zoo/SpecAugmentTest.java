package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SpecAugment: identity in evaluation, whole bands and frame stretches zeroed in training, reproducible. */
class SpecAugmentTest {
    private static final int F = 20;
    private static final int T = 50;

    private static Tensor ones(int batch) {
        return Tensor.ones(batch, 1, F, T);
    }

    @Test
    void evaluationModeIsTheIdentity() {
        SpecAugment s = new SpecAugment(SpecAugmentConfig.DEFAULT, new SplittableRandom(0));
        s.eval();
        Tensor x = ones(2);
        assertThat(s.forward(x)).isSameAs(x);
    }

    @Test
    void trainingZeroesWholeBandsAndWholeFramesWithinTheConfiguredWidths() {
        SpecAugmentConfig c = new SpecAugmentConfig(1, 4, 1, 10);
        SpecAugment s = new SpecAugment(c, new SplittableRandom(1));
        float[] y = s.forward(ones(8)).data();
        int anyMasked = 0;
        for (int n = 0; n < 8; n++) {
            int zeroRows = 0;
            int zeroCols = 0;
            for (int i = 0; i < F; i++) {
                boolean all = true;
                for (int j = 0; j < T; j++) {
                    all &= y[(n * F + i) * T + j] == 0f;
                }
                zeroRows += all ? 1 : 0;
            }
            for (int j = 0; j < T; j++) {
                boolean all = true;
                for (int i = 0; i < F; i++) {
                    all &= y[(n * F + i) * T + j] == 0f;
                }
                zeroCols += all ? 1 : 0;
            }
            assertThat(zeroRows).isLessThanOrEqualTo(4);
            assertThat(zeroCols).isLessThanOrEqualTo(10);
            // every zero lies in a zeroed band or frame: nothing else is touched
            for (int i = 0; i < F; i++) {
                for (int j = 0; j < T; j++) {
                    assertThat(y[(n * F + i) * T + j]).isIn(0f, 1f);
                }
            }
            anyMasked += zeroRows + zeroCols;
        }
        assertThat(anyMasked).isPositive();
    }

    @Test
    void sameSeedSameMasks() {
        SpecAugmentConfig c = SpecAugmentConfig.DEFAULT;
        float[] a = new SpecAugment(c, new SplittableRandom(7)).forward(ones(4)).data();
        float[] b = new SpecAugment(c, new SplittableRandom(7)).forward(ones(4)).data();
        float[] other = new SpecAugment(c, new SplittableRandom(8)).forward(ones(4)).data();
        assertThat(b).containsExactly(a);
        assertThat(other).isNotEqualTo(a);
    }

    @Test
    void rejectsNegativeWidthsAndWrongRank() {
        assertThatThrownBy(() -> new SpecAugmentConfig(1, -2, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFrequencyWidth=-2");
        SpecAugment s = new SpecAugment(SpecAugmentConfig.DEFAULT, new SplittableRandom(0));
        assertThatThrownBy(() -> s.forward(Tensor.ones(2, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 3]");
    }
}
