package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Attention pooling: a convex combination of the steps per head, exact on constant sequences, with correct gradients. */
class AttentionPoolingTest {
    @Test
    void constantSequencePoolsToThatStepInEveryHead() {
        AttentionPooling p = new AttentionPooling(3, 4, 2, new SplittableRandom(0));
        float[] step = {0.5f, -2f, 3f};
        float[] x = new float[5 * 3];
        for (int t = 0; t < 5; t++) {
            System.arraycopy(step, 0, x, t * 3, 3);
        }
        float[] y = p.forward(Tensor.of(x, 1, 5, 3)).data();
        for (int h = 0; h < 2; h++) {
            for (int d = 0; d < 3; d++) {
                assertThat(y[h * 3 + d]).isCloseTo(step[d], within(1e-5f));
            }
        }
    }

    @Test
    void outputIsTheWeightedSumOfStepsWithTheReportedWeights() {
        AttentionPooling p = new AttentionPooling(4, 6, 3, new SplittableRandom(1));
        Tensor x = Tensor.randn(new SplittableRandom(2), 2, 7, 4);
        float[] w = p.weights(x).data();
        float[] y = p.forward(x).data();
        float[] xd = x.data();
        for (int b = 0; b < 2; b++) {
            for (int h = 0; h < 3; h++) {
                for (int d = 0; d < 4; d++) {
                    double sum = 0;
                    for (int t = 0; t < 7; t++) {
                        sum += w[(b * 3 + h) * 7 + t] * xd[(b * 7 + t) * 4 + d];
                    }
                    assertThat((double) y[b * 12 + h * 4 + d]).isCloseTo(sum, within(1e-5));
                }
            }
        }
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        AttentionPooling p = new AttentionPooling(3, 4, 2, new SplittableRandom(3));
        Tensor x = Tensor.randn(new SplittableRandom(4), 2, 5, 3).requiresGrad(true);
        Tensor g = Tensor.randn(new SplittableRandom(5), 2, 6);
        p.forward(x).mul(g).sum().backward();
        float[] analytic = x.grad().clone();
        float[] xd = x.data();
        double eps = 1e-2;
        for (int i = 0; i < xd.length; i++) {
            float keep = xd[i];
            xd[i] = (float) (keep + eps);
            double up = p.forward(x.detach()).mul(g).sum().item();
            xd[i] = (float) (keep - eps);
            double down = p.forward(x.detach()).mul(g).sum().item();
            xd[i] = keep;
            assertThat((double) analytic[i]).isCloseTo((up - down) / (2 * eps), within(2e-3));
        }
    }
}
