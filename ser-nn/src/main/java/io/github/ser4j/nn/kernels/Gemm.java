package io.github.ser4j.nn.kernels;

/**
 * Single-precision general matrix multiply, BLAS {@code sgemm} semantics on row-major
 * arrays: {@code C = alpha * op(A) * op(B) + beta * C}, where {@code op(A)} is
 * {@code m x k}, {@code op(B)} is {@code k x n} and {@code C} is {@code m x n}.
 * {@code lda}, {@code ldb}, {@code ldc} are the row strides of the stored matrices.
 */
public final class Gemm {
    private Gemm() {
    }

    /** {@code C = alpha * op(A) op(B) + beta * C}; see the class comment for the layout. */
    public static void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
                             float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                             float beta, float[] c, int cOff, int ldc) {
        ScalarGemm.sgemm(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }
}
