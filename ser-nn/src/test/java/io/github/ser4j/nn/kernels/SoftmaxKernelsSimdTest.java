package io.github.ser4j.nn.kernels;

import static io.github.ser4j.nn.kernels.KernelTesting.ODD_SIZES;
import static io.github.ser4j.nn.kernels.KernelTesting.assertClose;
import static io.github.ser4j.nn.kernels.KernelTesting.random;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link VectorSoftmax} against the scalar twins in {@link SoftmaxKernels}. */
class SoftmaxKernelsSimdTest {
    private final SplittableRandom rnd = new SplittableRandom(11);

    @AfterEach
    void restore() {
        Simd.setEnabled(true);
    }

    @Test
    void vectorSoftmaxAndLogSoftmaxMatchScalarTwinsOnOddSizes() {
        for (int n : ODD_SIZES) {
            for (int len : new int[]{n, 2 * 1024 + n}) { // also past one fold of the lane sums
                float[] x = random(rnd, 3 + len, 20);
                float[] ys = new float[3 + len];
                float[] yv = new float[3 + len];
                SoftmaxKernels.softmaxScalar(x, ys, 3, len, 1);
                VectorSoftmax.rows(1, len, x, 3, yv, 3);
                assertClose(yv, ys, 1e-6, "softmax n=" + len);
                double sum = 0;
                for (int j = 0; j < len; j++) {
                    sum += yv[3 + j];
                }
                assertThat(sum).as("sum n=" + len).isCloseTo(1.0, Offset.offset(1e-5));
                SoftmaxKernels.logSoftmaxScalar(x, ys, 3, len, 1);
                VectorSoftmax.logRow(x, yv, 3, len);
                assertClose(yv, ys, 2e-5, "logSoftmax n=" + len);
            }
        }
    }

    @Test
    void severalRowsAndInPlace() {
        float[] x = random(rnd, 5 * 13, 5);
        float[] expected = new float[x.length];
        for (int r = 0; r < 5; r++) {
            SoftmaxKernels.softmaxScalar(x, expected, r * 13, 13, 1);
        }
        VectorSoftmax.rows(5, 13, x, 0, x, 0);
        assertClose(x, expected, 1e-6, "in place");
    }

    @Test
    void largeLogitsDoNotOverflowOnBothPaths() {
        for (boolean simd : new boolean[]{false, true}) {
            Simd.setEnabled(simd);
            float[] x = new float[20];
            for (int j = 0; j < 20; j++) {
                x[j] = 1000f + j;
            }
            float[] y = new float[20];
            SoftmaxKernels.softmax(x, y, 0, 20, 1);
            double z = 0;
            for (int j = 0; j < 20; j++) {
                z += Math.exp(j - 19);
            }
            assertThat((double) y[19]).isCloseTo(1 / z, Offset.offset(1e-6));
            SoftmaxKernels.logSoftmax(x, y, 0, 20, 1);
            assertThat((double) y[19]).isCloseTo(-Math.log(z), Offset.offset(1e-5));
        }
    }
}
