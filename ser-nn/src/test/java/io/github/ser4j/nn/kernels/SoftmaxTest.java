package io.github.ser4j.nn.kernels;

import static io.github.ser4j.nn.kernels.KernelTesting.ODD_SIZES;
import static io.github.ser4j.nn.kernels.KernelTesting.assertClose;
import static io.github.ser4j.nn.kernels.KernelTesting.random;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SoftmaxTest {
    private final SplittableRandom rnd = new SplittableRandom(11);

    @Test
    void vectorRowsMatchScalarTwinAndSumToOne() {
        for (int cols : ODD_SIZES) {
            int rows = 3;
            float[] x = random(rnd, 2 + rows * cols, 20);
            float[] ys = new float[rows * cols];
            float[] yv = new float[rows * cols];
            ScalarSoftmax.rows(rows, cols, x, 2, ys, 0);
            VectorSoftmax.rows(rows, cols, x, 2, yv, 0);
            assertClose(yv, ys, 1e-6, "softmax cols=" + cols);
            for (int r = 0; r < rows; r++) {
                double sum = 0;
                for (int j = 0; j < cols; j++) {
                    sum += yv[r * cols + j];
                }
                assertThat(sum).as("row sum cols=" + cols).isCloseTo(1.0, Offset.offset(1e-5));
            }
        }
    }

    @Test
    void largeLogitsDoNotOverflowAndShiftInvarianceHolds() {
        float[] x = {1000f, 1001f, 1002f, 0f, 1f, 2f};
        float[] y = new float[6];
        Softmax.rows(2, 3, x, 0, y, 0);
        for (int j = 0; j < 3; j++) {
            assertThat(y[j]).isCloseTo(y[3 + j], Offset.offset(1e-7f));
        }
        double e = Math.exp(1) + Math.exp(2) + 1;
        assertThat((double) y[5]).isCloseTo(Math.exp(2) / e, Offset.offset(1e-7));
    }

    @Test
    void backwardMatchesFiniteDifferences() {
        int cols = 9;
        float[] x = random(rnd, cols, 2);
        float[] g = random(rnd, cols, 1);
        float[] y = new float[cols];
        ScalarSoftmax.rows(1, cols, x, 0, y, 0);
        float[] dx = new float[cols];
        Softmax.rowsBackward(1, cols, y, 0, g, 0, dx, 0);
        double eps = 1e-3;
        for (int j = 0; j < cols; j++) {
            float[] xp = x.clone();
            float[] xm = x.clone();
            xp[j] += (float) eps;
            xm[j] -= (float) eps;
            float[] yp = new float[cols];
            float[] ym = new float[cols];
            ScalarSoftmax.rows(1, cols, xp, 0, yp, 0);
            ScalarSoftmax.rows(1, cols, xm, 0, ym, 0);
            double lp = 0;
            double lm = 0;
            for (int i = 0; i < cols; i++) {
                lp += yp[i] * g[i];
                lm += ym[i] * g[i];
            }
            assertThat((double) dx[j]).isCloseTo((lp - lm) / (xp[j] - xm[j]), Offset.offset(1e-3));
        }
    }
}
