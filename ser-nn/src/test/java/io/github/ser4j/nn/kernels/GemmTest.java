package io.github.ser4j.nn.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GemmTest {
    private final SplittableRandom rnd = new SplittableRandom(42);

    @AfterEach
    void restore() {
        Simd.setEnabled(true);
        Parallelism.setThreads(Runtime.getRuntime().availableProcessors());
    }

    private float[] random(int len) {
        float[] x = new float[len];
        for (int i = 0; i < len; i++) {
            x[i] = (float) (rnd.nextDouble() * 2 - 1);
        }
        return x;
    }

    /** Double-precision reference, independent of both float kernels. */
    private static double[] reference(boolean ta, boolean tb, int m, int n, int k, float alpha, float[] a, int aOff,
                                      int lda, float[] b, int bOff, int ldb, float beta, float[] c, int cOff, int ldc) {
        double[] r = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    double av = ta ? a[aOff + p * lda + i] : a[aOff + i * lda + p];
                    double bv = tb ? b[bOff + j * ldb + p] : b[bOff + p * ldb + j];
                    s += av * bv;
                }
                r[i * n + j] = alpha * s + (beta == 0 ? 0 : beta * c[cOff + i * ldc + j]);
            }
        }
        return r;
    }

    private void checkCase(boolean ta, boolean tb, int m, int n, int k, float alpha, float beta) {
        int pad = 3;
        int lda = (ta ? m : k) + pad;
        int ldb = (tb ? k : n) + 1;
        int ldc = n + 2;
        int aOff = 5;
        int bOff = 2;
        int cOff = 7;
        float[] a = random(aOff + (ta ? k : m) * lda);
        float[] b = random(bOff + (tb ? n : k) * ldb);
        float[] c0 = random(cOff + m * ldc + 4);
        double[] expected = reference(ta, tb, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c0, cOff, ldc);

        float[] cs = c0.clone();
        ScalarGemm.sgemm(ta, tb, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, cs, cOff, ldc);
        float[] cv = c0.clone();
        Simd.setEnabled(true);
        Gemm.sgemm(ta, tb, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, cv, cOff, ldc);

        double tol = 1e-5 * (k + 1);
        String where = "ta=" + ta + " tb=" + tb + " m=" + m + " n=" + n + " k=" + k + " alpha=" + alpha + " beta=" + beta;
        double errScalar = 0;
        double errFacade = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int idx = cOff + i * ldc + j;
                errScalar = Math.max(errScalar, Math.abs(cs[idx] - expected[i * n + j]));
                errFacade = Math.max(errFacade, Math.abs(cv[idx] - expected[i * n + j]));
            }
        }
        assertThat(errScalar).as("scalar " + where).isLessThan(tol);
        assertThat(errFacade).as("facade " + where).isLessThan(tol);
        // Everything outside the m x n window of C is untouched (padding, offsets, tail).
        for (int idx = 0; idx < c0.length; idx++) {
            int rel = idx - cOff;
            boolean inside = rel >= 0 && rel / ldc < m && rel % ldc < n;
            if (!inside && cv[idx] != c0[idx]) {
                throw new AssertionError("element " + idx + " outside C changed, " + where);
            }
        }
    }

    @Test
    void allTransposeCombinationsMatchDoubleReferenceOnOddSizes() {
        int[][] sizes = {{1, 1, 1}, {7, 17, 5}, {17, 7, 33}, {4, 16, 256}, {33, 35, 257}, {61, 70, 300},
                {150, 19, 13}, {5, 130, 40}, {1, 1023, 3}, {1023, 1, 2}, {3, 5, 1023},
                {1, 1023, 17}, {1, 37, 300}, {1, 100, 64}, {1, 7, 1023}}; // m = 1: the GEMV path
        for (boolean ta : new boolean[]{false, true}) {
            for (boolean tb : new boolean[]{false, true}) {
                for (int[] s : sizes) {
                    checkCase(ta, tb, s[0], s[1], s[2], 1f, 0f);
                }
                checkCase(ta, tb, 37, 41, 29, -0.5f, 1f);
                checkCase(ta, tb, 37, 41, 29, 2f, 0.25f);
            }
        }
    }

    @Test
    void blockingEdgesAcrossKcMcAndNcAreExact() {
        // k > KC, m > MC with a ragged last block, n > one packed B block of 4096 columns.
        checkCase(false, false, 149, 21, 513, 1f, 0f);
        checkCase(true, false, 9, 4100, 3, 1f, 0.5f);
    }

    @Test
    void betaZeroIgnoresNaNInC() {
        int m = 20, n = 20, k = 20;
        float[] a = random(m * k);
        float[] b = random(k * n);
        float[] c = new float[m * n];
        java.util.Arrays.fill(c, Float.NaN);
        Gemm.sgemm(false, false, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n);
        for (float v : c) {
            assertThat(v).isNotNaN();
        }
    }

    @Test
    void zeroDepthScalesCOnly() {
        float[] c = {1, 2, 3, 4};
        Gemm.sgemm(false, false, 2, 2, 0, 1f, new float[0], 0, 1, new float[0], 0, 2, 3f, c, 0, 2);
        assertThat(c).containsExactly(3, 6, 9, 12);
    }

    @Test
    void resultIsBitIdenticalForAnyThreadCount() {
        for (int[] s : new int[][]{{101, 47, 230}, {13, 400, 210}, {150, 64, 120}}) { // each >= PARALLEL_FLOPS
            int m = s[0], n = s[1], k = s[2];
            float[] a = random(m * k);
            float[] b = random(k * n);
            float[] c0 = random(m * n);
            Parallelism.setThreads(1);
            float[] c1 = c0.clone();
            Gemm.sgemm(false, true, m, n, k, 1.5f, a, 0, k, b, 0, k, 0.5f, c1, 0, n);
            for (int threads : new int[]{2, 3, 4}) {
                Parallelism.setThreads(threads);
                float[] ct = c0.clone();
                Gemm.sgemm(false, true, m, n, k, 1.5f, a, 0, k, b, 0, k, 0.5f, ct, 0, n);
                assertThat(ct).as("threads=" + threads + " size " + m + "x" + n + "x" + k).containsExactly(c1);
            }
        }
    }

    @Test
    void facadeUsesTheScalarTwinWhenSimdIsSwitchedOff() {
        int m = 64, n = 48, k = 300;
        float[] a = random(m * k);
        float[] b = random(k * n);
        float[] expected = new float[m * n];
        ScalarGemm.sgemm(false, false, m, n, k, 1f, a, 0, k, b, 0, n, 0f, expected, 0, n);
        Simd.setEnabled(false);
        assertThat(Simd.enabled()).isFalse();
        float[] c = new float[m * n];
        Gemm.sgemm(false, false, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n);
        assertThat(c).containsExactly(expected);
        // Threaded scalar fallback gives the same bits too.
        Parallelism.setThreads(2);
        float[] c2 = new float[m * n];
        Gemm.sgemm(false, false, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c2, 0, n);
        assertThat(c2).containsExactly(expected);
    }

    @Test
    void rejectsBadStridesAndShortArraysWithNamedMessages() {
        float[] x = new float[12];
        assertThatThrownBy(() -> Gemm.sgemm(false, false, 3, 4, 4, 1f, x, 0, 3, x, 0, 4, 0f, x, 0, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lda=3");
        assertThatThrownBy(() -> Gemm.sgemm(false, false, 3, 4, 5, 1f, x, 0, 5, x, 0, 4, 0f, x, 0, 4))
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("stored A");
        assertThatThrownBy(() -> Gemm.sgemm(false, false, -1, 4, 5, 1f, x, 0, 5, x, 0, 4, 0f, x, 0, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m=-1");
    }
}
