package io.github.ser4j.nn.kernels;

import static io.github.ser4j.nn.kernels.KernelTesting.ODD_SIZES;
import static io.github.ser4j.nn.kernels.KernelTesting.assertClose;
import static io.github.ser4j.nn.kernels.KernelTesting.random;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActivationsTest {
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
    void sigmoidAndTanhHaveTheirMathematicalValuesAndSaturate() {
        float[] x = {0f, 100f, -100f, 1f, -1f, 0f, 0f, 0f, 0.5f};
        float[] y = new float[x.length];
        for (boolean simd : new boolean[]{false, true}) {
            Simd.setEnabled(simd);
            Activations.sigmoid(x, 0, y, 0, x.length);
            assertThat(y[0]).isEqualTo(0.5f);
            assertThat(y[1]).isEqualTo(1f);
            assertThat(y[2]).isBetween(0f, 1e-30f);
            assertThat((double) y[3]).isCloseTo(1 / (1 + Math.exp(-1)), org.assertj.core.data.Offset.offset(1e-7));
            assertThat(y[3] + y[4]).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-7f));
            Activations.tanh(x, 0, y, 0, x.length);
            assertThat(y[0]).isEqualTo(0f);
            assertThat(y[1]).isEqualTo(1f);
            assertThat(y[2]).isEqualTo(-1f);
            assertThat(y[3]).isEqualTo(-y[4]);
            assertThat((double) y[8]).isCloseTo(Math.tanh(0.5), org.assertj.core.data.Offset.offset(1e-7));
        }
    }

    @Test
    void reluAndBackwardFormulas() {
        float[] x = {-2f, -0f, 0f, 3f, Float.NaN};
        float[] y = new float[5];
        Activations.relu(x, 0, y, 0, 5);
        assertThat(y).containsExactly(0f, 0f, 0f, 3f, Float.NaN);
        float[] dy = {1f, 2f, 3f, 4f, 5f};
        float[] dx = new float[5];
        Activations.reluBackward(x, 0, dy, 0, dx, 0, 5);
        assertThat(dx).containsExactly(0f, 0f, 0f, 4f, 0f);
        float[] s = {0.25f};
        Activations.sigmoidBackward(s, 0, new float[]{2f}, 0, dx, 0, 1);
        assertThat(dx[0]).isEqualTo(2f * 0.25f * 0.75f);
        Activations.tanhBackward(s, 0, new float[]{2f}, 0, dx, 0, 1);
        assertThat(dx[0]).isEqualTo(2f * (1 - 0.0625f));
    }

    @Test
    void facadeHonoursTheScalarSwitch() {
        float[] x = random(rnd, 1023, 5);
        float[] expected = new float[1023];
        ScalarActivations.tanh(x, 0, expected, 0, 1023);
        Simd.setEnabled(false);
        float[] y = new float[1023];
        Activations.tanh(x, 0, y, 0, 1023);
        assertThat(y).containsExactly(expected);
    }
}
