package io.github.ser4j.nn.kernels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;

/** Shared test data and comparisons for the kernel tests. */
final class KernelTesting {
    /** The odd sizes every SIMD kernel is checked on: below, at and around vector widths. */
    static final int[] ODD_SIZES = {1, 7, 8, 9, 17, 31, 64, 1023};

    private KernelTesting() {
    }

    static float[] random(SplittableRandom rnd, int len, double scale) {
        float[] x = new float[len];
        for (int i = 0; i < len; i++) {
            x[i] = (float) ((rnd.nextDouble() * 2 - 1) * scale);
        }
        return x;
    }

    static void assertClose(float[] actual, float[] expected, double tol, String what) {
        assertThat(actual.length).isEqualTo(expected.length);
        for (int i = 0; i < actual.length; i++) {
            assertThat((double) actual[i]).as(what + " at " + i).isCloseTo(expected[i], Offset.offset(tol));
        }
    }
}
