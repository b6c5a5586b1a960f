package io.github.ser4j.model.zoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The default network: its count, that it averages its members' probabilities, clipping, noise and a training step. */
class FunctionalsEnsembleTest {
    @Test
    void parameterCountIsFiveTimesTheMembersLayerSizes() {
        for (int[] fc : new int[][] {{706, 7}, {100, 4}}) {
            long f = fc[0];
            long n = fc[1];
            long member = (256 * f + 256) + (256 * n + n);
            FunctionalsEnsemble m = new FunctionalsEnsemble(fc[1], new int[] {fc[0]}, new SplittableRandom(0));
            assertThat(m.parameterCount()).isEqualTo(5 * member);
        }
        assertThat(new FunctionalsEnsemble(7, FunctionalsEnsemble.INPUT.exampleShape(), new SplittableRandom(0))
                .parameterCount()).isEqualTo(913_955L);
    }

    @Test
    void outputIsTheLogOfTheMembersMeanProbability() {
        FunctionalsEnsemble m = new FunctionalsEnsemble(4, new int[] {30}, new SplittableRandom(2));
        m.eval();
        Tensor x = Training.batch(new int[] {30}, 6, 3);
        try (NoGrad g = NoGrad.enter()) {
            Tensor out = m.forward(x);
            assertThat(out.shape()).containsExactly(6, 4);
            List<Tensor> members = m.memberLogits(x);
            assertThat(members).hasSize(FunctionalsEnsemble.MEMBERS);
            // members start from different weights, so they disagree
            assertThat(members.get(0).data()).isNotEqualTo(members.get(1).data());
            for (int r = 0; r < 6; r++) {
                double total = 0;
                for (int c = 0; c < 4; c++) {
                    double mean = 0;
                    for (Tensor z : members) {
                        mean += softmax(z.data(), r * 4, 4)[c] / members.size();
                    }
                    double p = Math.exp(out.data()[r * 4 + c]);
                    assertThat(p).isCloseTo(mean, within(1e-6));
                    total += p;
                }
                assertThat(total).isCloseTo(1.0, within(1e-5));
            }
        }
    }

    @Test
    void inputsAreClippedAndNoiseIsAddedOnlyInTraining() {
        FunctionalsEnsemble m = new FunctionalsEnsemble(3, new int[] {4}, new SplittableRandom(5));
        m.eval();
        try (NoGrad g = NoGrad.enter()) {
            Tensor a = m.forward(Tensor.of(new float[] {5f, -5f, 1f, 0f}, 1, 4));
            Tensor b = m.forward(Tensor.of(new float[] {80f, -1e6f, 1f, 0f}, 1, 4));
            assertThat(b.data()).containsExactly(a.data());
            assertThat(m.forward(Tensor.of(new float[] {5f, -5f, 1f, 0f}, 1, 4)).data()).containsExactly(a.data());
            m.train();
            Training.withoutRandomMasks(m);
            Tensor noisy1 = m.forward(Tensor.of(new float[] {5f, -5f, 1f, 0f}, 1, 4));
            Tensor noisy2 = m.forward(Tensor.of(new float[] {5f, -5f, 1f, 0f}, 1, 4));
            assertThat(noisy1.data()).isNotEqualTo(a.data());
            assertThat(noisy2.data()).isNotEqualTo(noisy1.data());
        }
        // the same seed draws the same noise
        FunctionalsEnsemble m1 = new FunctionalsEnsemble(3, new int[] {4}, new SplittableRandom(9));
        FunctionalsEnsemble m2 = new FunctionalsEnsemble(3, new int[] {4}, new SplittableRandom(9));
        Tensor x = Tensor.of(new float[] {1f, 2f, 3f, 4f}, 1, 4);
        try (NoGrad g = NoGrad.enter()) {
            assertThat(m1.forward(x).data()).containsExactly(m2.forward(x).data());
        }
    }

    @Test
    void adamStepsOnTheMembersLossesLowerIt() {
        FunctionalsEnsemble m = new FunctionalsEnsemble(7, FunctionalsEnsemble.INPUT.exampleShape(),
                new SplittableRandom(1));
        Training.withoutRandomMasks(m);
        Tensor x = Training.batch(FunctionalsEnsemble.INPUT.exampleShape(), 14, 2);
        float[] losses = Training.adamSteps(m, x, Training.labels(14, 7), 5, 1e-3);
        assertThat(losses[5]).isLessThan(losses[0]);
    }

    private static double[] softmax(float[] z, int off, int k) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, z[off + c]);
        }
        double[] p = new double[k];
        double sum = 0;
        for (int c = 0; c < k; c++) {
            p[c] = Math.exp(z[off + c] - max);
            sum += p[c];
        }
        for (int c = 0; c < k; c++) {
            p[c] /= sum;
        }
        return p;
    }
}
