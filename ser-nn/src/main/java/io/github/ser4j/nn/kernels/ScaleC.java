package io.github.ser4j.nn.kernels;

import java.util.Arrays;

/** The {@code beta * C} half of GEMM, shared by every GEMM path. */
final class ScaleC {
    private ScaleC() {
    }

    /**
     * {@code C = beta * C}; {@code beta == 0} overwrites with zeros (BLAS: C is then not read,
     * so NaN or infinity in C does not propagate), {@code beta == 1} leaves C untouched.
     */
    static void apply(int m, int n, float beta, float[] c, int cOff, int ldc) {
        if (beta == 1f) {
            return;
        }
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * ldc;
            if (beta == 0f) {
                Arrays.fill(c, ci, ci + n, 0f);
            } else {
                for (int j = 0; j < n; j++) {
                    c[ci + j] *= beta;
                }
            }
        }
    }
}
