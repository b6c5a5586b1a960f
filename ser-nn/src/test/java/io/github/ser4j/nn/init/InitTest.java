package io.github.ser4j.nn.init;

import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Distribution properties of the initialisers (bounds, variances, orthogonality) and seeding. */
class InitTest {
    private static double max(Tensor t) {
        double m = 0;
        for (float v : t.data()) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static double std(Tensor t) {
        double s = 0;
        double s2 = 0;
        for (float v : t.data()) {
            s += v;
            s2 += (double) v * v;
        }
        int n = t.numel();
        return Math.sqrt(s2 / n - (s / n) * (s / n));
    }

    @Test
    void fansOfLinearAndConvWeightsFollowPyTorch() {
        assertThat(Fan.of(Tensor.zeros(7, 10))).isEqualTo(new Fan(10, 7));
        assertThat(Fan.of(Tensor.zeros(8, 3, 5))).isEqualTo(new Fan(15, 40));
        assertThat(Fan.of(Tensor.zeros(4, 2, 3, 3))).isEqualTo(new Fan(18, 36));
    }

    @Test
    void xavierUniformFillsItsBoundAndHasTheRightVariance() {
        Tensor w = Xavier.uniform(Tensor.zeros(200, 300), 1.0, new SplittableRandom(1));
        double bound = Math.sqrt(6.0 / 500);
        assertThat(max(w)).isLessThanOrEqualTo(bound).isGreaterThan(0.99 * bound);
        assertThat(std(w)).isCloseTo(bound / Math.sqrt(3), within(0.01 * bound));
        Tensor n = Xavier.normal(Tensor.zeros(200, 300), 2.0, new SplittableRandom(2));
        assertThat(std(n)).isCloseTo(2 * Math.sqrt(2.0 / 500), within(0.002));
    }

    @Test
    void kaimingStdIsGainOverSqrtFan() {
        Tensor w = Kaiming.normal(Tensor.zeros(64, 32, 5), 0, true, new SplittableRandom(3));
        assertThat(std(w)).isCloseTo(Math.sqrt(2.0 / 160), within(0.003));
        Tensor u = Kaiming.uniform(Tensor.zeros(64, 32, 5), 0, false, new SplittableRandom(4));
        assertThat(max(u)).isLessThanOrEqualTo(Math.sqrt(2.0) * Math.sqrt(3.0 / 320));
    }

    @Test
    void pyTorchDefaultBoundIsOneOverSqrtFanIn() {
        Tensor w = Tensor.zeros(50, 40);
        Tensor b = Tensor.zeros(50);
        PyTorchDefault.linearOrConv(w, b, new SplittableRandom(5));
        double bound = 1 / Math.sqrt(40);
        assertThat(max(w)).isLessThanOrEqualTo(bound + 1e-7).isGreaterThan(0.98 * bound);
        assertThat(max(b)).isLessThanOrEqualTo(bound + 1e-7);
    }

    @Test
    void orthogonalRowsOrColumnsAreOrthonormalTimesGain() {
        for (int[] shape : new int[][] {{6, 10}, {10, 6}, {4, 3, 2}}) {
            Tensor w = Orthogonal.init(Tensor.zeros(shape), 1.5, new SplittableRandom(6));
            int rows = shape[0];
            int cols = w.numel() / rows;
            boolean byRows = rows <= cols;
            int count = byRows ? rows : cols;
            int len = byRows ? cols : rows;
            float[] d = w.data();
            for (int a = 0; a < count; a++) {
                for (int b = 0; b < count; b++) {
                    double dot = 0;
                    for (int k = 0; k < len; k++) {
                        dot += byRows ? d[a * cols + k] * d[b * cols + k] : d[k * cols + a] * d[k * cols + b];
                    }
                    assertThat(dot).isCloseTo(a == b ? 2.25 : 0, within(1e-5));
                }
            }
        }
    }

    @Test
    void sameSeedSameWeights() {
        Tensor a = Xavier.uniform(Tensor.zeros(5, 7), 1, new SplittableRandom(9));
        Tensor b = Xavier.uniform(Tensor.zeros(5, 7), 1, new SplittableRandom(9));
        Tensor c = Xavier.uniform(Tensor.zeros(5, 7), 1, new SplittableRandom(10));
        assertThat(a.data()).containsExactly(b.data());
        assertThat(a.data()).isNotEqualTo(c.data());
    }
}
