package io.github.ser4j.dsp.resample.kernels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preferred (SIMD when available) dot kernel agrees with the scalar reference on odd sizes and offsets. */
class DotKernelTest {
    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {0, 1, 7, 8, 15, 16, 17, 31, 33, 63, 64, 65, 300, 1023})
    void preferredMatchesScalar(int n) {
        SplittableRandom r = new SplittableRandom(n);
        float[] a = new float[n + 5];
        float[] b = new float[n + 11];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) r.nextDouble(-1, 1);
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) r.nextDouble(-1, 1);
        }
        for (int[] off : new int[][] {{0, 0}, {3, 7}, {5, 11}}) {
            double exact = 0;
            double mag = 0;
            for (int i = 0; i < n; i++) {
                exact += (double) a[off[0] + i] * b[off[1] + i];
                mag += Math.abs((double) a[off[0] + i] * b[off[1] + i]);
            }
            float s = DotKernel.scalar().dot(a, off[0], b, off[1], n);
            float v = DotKernel.preferred().dot(a, off[0], b, off[1], n);
            double tol = 1e-6 * mag + 1e-30;
            assertThat((double) s).isCloseTo(exact, org.assertj.core.data.Offset.offset(tol));
            assertThat((double) v).as(DotKernel.preferred().name()).isCloseTo(exact, org.assertj.core.data.Offset.offset(tol));
        }
        if (n == 0) {
            assertThat(DotKernel.preferred().dot(a, 0, b, 0, 0)).isZero();
        }
    }
}
