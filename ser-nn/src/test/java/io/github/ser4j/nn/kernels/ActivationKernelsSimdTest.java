package io.github.ser4j.nn.kernels;

import static io.github.ser4j.nn.kernels.KernelTesting.ODD_SIZES;
import static io.github.ser4j.nn.kernels.KernelTesting.assertClose;
import static io.github.ser4j.nn.kernels.KernelTesting.random;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Vector API twins behind {@link ActivationKernels} against their scalar twins. */
class ActivationKernelsSimdTest {
    private final SplittableRandom rnd = new SplittableRandom(7);

    @AfterEach
    void restore() {
        Simd.setEnabled(true);
    }

    @Test
    void vectorSigmoidAndTanhMatchScalarTwinOnOddSizesAndOffsets() {
        for (int n : ODD_SIZES) {
            float[] x = random(rnd, n + 3, 12);
            float[] ys = new float[n + 5];
            float[] yv = new float[n + 5];
            ScalarActivations.sigmoid(x, 3, ys, 1, n);
            VectorActivations.sigmoid(x, 3, yv, 1, n);
            assertClose(yv, ys, 1e-6, "sigmoid n=" + n);
            ScalarActivations.tanh(x, 3, ys, 1, n);
            VectorActivations.tanh(x, 3, yv, 1, n);
            assertClose(yv, ys, 1e-6, "tanh n=" + n);
        }
    }

    @Test
    void vectorReluBackwardIsExactlyTheScalarTwin() {
        for (int n : ODD_SIZES) {
            float[] x = random(rnd, n + 2, 1);
            x[2] = 0f; // the kink: gradient 0, as in PyTorch
            float[] gy = random(rnd, n + 2, 1);
            float[] gs = random(rnd, n + 2, 1);
            float[] gv = gs.clone();
            ActivationKernels.reluBackwardScalar(x, gy, gs, 2, n);
            VectorActivations.reluBackward(x, gy, gv, 2, n);
            assertThat(gv).as("n=" + n).containsExactly(gs);
        }
    }

    @Test
    void sigmoidAndTanhHaveTheirMathematicalValuesAndSaturateOnBothPaths() {
        float[] x = {0f, 100f, -100f, 1f, -1f, 0f, 0f, 0f, 0.5f};
        float[] y = new float[x.length];
        for (boolean simd : new boolean[]{false, true}) {
            Simd.setEnabled(simd);
            ActivationKernels.sigmoidForward(x, y, 0, x.length);
            assertThat(y[0]).isEqualTo(0.5f);
            assertThat(y[1]).isEqualTo(1f);
            assertThat(y[2]).isBetween(0f, 1e-30f);
            assertThat((double) y[3]).isCloseTo(1 / (1 + Math.exp(-1)), Offset.offset(1e-7));
            assertThat(y[3] + y[4]).isCloseTo(1f, Offset.offset(1e-7f));
            ActivationKernels.tanhForward(x, y, 0, x.length);
            assertThat(y[0]).isEqualTo(0f);
            assertThat(y[1]).isEqualTo(1f);
            assertThat(y[2]).isEqualTo(-1f);
            assertThat(y[3]).isEqualTo(-y[4]);
            assertThat((double) y[8]).isCloseTo(Math.tanh(0.5), Offset.offset(1e-7));
        }
    }

    @Test
    void reluForwardIsBranchFreeMaxAndKeepsNaN() {
        float[] x = {-2f, -0f, 0f, 3f, Float.NaN};
        float[] y = new float[5];
        ActivationKernels.reluForward(x, y, 0, 5);
        assertThat(y).containsExactly(0f, 0f, 0f, 3f, Float.NaN);
    }

    @Test
    void facadeHonoursTheScalarSwitch() {
        float[] x = random(rnd, 1023, 5);
        float[] expected = new float[1023];
        ScalarActivations.tanh(x, 0, expected, 0, 1023);
        Simd.setEnabled(false);
        float[] y = new float[1023];
        ActivationKernels.tanhForward(x, y, 0, 1023);
        assertThat(y).containsExactly(expected);
    }
}
