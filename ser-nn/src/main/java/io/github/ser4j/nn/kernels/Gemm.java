package io.github.ser4j.nn.kernels;

/**
 * Single-precision general matrix multiply, BLAS {@code sgemm} semantics on row-major
 * arrays: {@code C = alpha * op(A) * op(B) + beta * C}, where {@code op(A)} is
 * {@code m x k}, {@code op(B)} is {@code k x n} and {@code C} is {@code m x n}.
 * {@code lda}, {@code ldb}, {@code ldc} are the row strides of the stored matrices
 * ({@code op(X) = X} or its transpose, as {@code transA}/{@code transB} say).
 *
 * <p>This is the facade: it validates the arguments and picks the algorithm by size, the
 * thresholds in one place. Products smaller than {@link #SIMD_MIN_VOLUME} multiply-adds, and
 * every product when the Vector API is off ({@link Simd#enabled()}), run the plain triple
 * loop {@link ScalarGemm}; larger ones run the packed, cache-blocked Vector API kernel
 * {@link VectorGemm}, except a single row ({@code m == 1}, a matrix-vector product), which
 * reads B in place ({@link VectorGemv}) since packing would copy B to use it once. Products of at least {@link #PARALLEL_FLOPS} flops are split over the
 * shared pool ({@link Parallelism}) into disjoint blocks of C; the result is bit-for-bit the
 * same for every thread count.
 *
 * <p>As in BLAS, {@code beta == 0} means C is only written, never read.
 */
public final class Gemm {
    /** Below this many multiply-adds ({@code m*n*k}) packing costs more than it saves. */
    public static final long SIMD_MIN_VOLUME = 4096;
    /** Products of fewer flops ({@code 2*m*n*k}) stay in the calling thread. */
    public static final long PARALLEL_FLOPS = 1L << 21;

    private Gemm() {
    }

    /**
     * {@code C = alpha * op(A) op(B) + beta * C}; see the class comment for the layout.
     *
     * @param transA whether {@code op(A)} is the transpose of the stored {@code A}
     * @param transB whether {@code op(B)} is the transpose of the stored {@code B}
     * @param m rows of {@code op(A)} and {@code C}
     * @param n columns of {@code op(B)} and {@code C}
     * @param k columns of {@code op(A)}, rows of {@code op(B)}
     * @param alpha scale of the product
     * @param a stored A ({@code m x k}, or {@code k x m} when {@code transA}), row-major
     * @param aOff index of A's first element
     * @param lda row stride of stored A (at least its column count)
     * @param b stored B ({@code k x n}, or {@code n x k} when {@code transB}), row-major
     * @param bOff index of B's first element
     * @param ldb row stride of stored B
     * @param beta scale of the old C
     * @param c C ({@code m x n}), row-major, updated in place
     * @param cOff index of C's first element
     * @param ldc row stride of C (at least {@code n})
     * @throws IllegalArgumentException if a size or stride is out of range
     * @throws IndexOutOfBoundsException if a matrix does not fit in its array
     */
    public static void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
                             float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                             float beta, float[] c, int cOff, int ldc) {
        check(m, n, k, transA, a, aOff, lda, transB, b, bOff, ldb, c, cOff, ldc);
        if (m == 0 || n == 0) {
            return;
        }
        if (Simd.enabled() && (long) m * n * k >= SIMD_MIN_VOLUME) {
            VectorGemm.sgemm(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
            return;
        }
        int tasks = 2L * m * n * k < PARALLEL_FLOPS ? 1 : Parallelism.tasksFor(m);
        if (tasks == 1) {
            ScalarGemm.sgemm(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
            return;
        }
        // Rows of C are independent: give each task a row range (same arithmetic per row).
        Parallelism.forEach(tasks, t -> {
            int i0 = Parallelism.splitStart(m, tasks, t, 1);
            int i1 = Parallelism.splitStart(m, tasks, t + 1, 1);
            if (i1 > i0) {
                int aRow = transA ? aOff + i0 : aOff + i0 * lda;
                ScalarGemm.sgemm(transA, transB, i1 - i0, n, k, alpha, a, aRow, lda, b, bOff, ldb,
                        beta, c, cOff + i0 * ldc, ldc);
            }
        });
    }

    private static void check(int m, int n, int k, boolean transA, float[] a, int aOff, int lda,
                              boolean transB, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("sgemm sizes must be >= 0, got m=" + m + ", n=" + n + ", k=" + k);
        }
        checkMatrix("A", a, aOff, lda, transA ? k : m, transA ? m : k);
        checkMatrix("B", b, bOff, ldb, transB ? n : k, transB ? k : n);
        checkMatrix("C", c, cOff, ldc, m, n);
    }

    private static void checkMatrix(String name, float[] x, int off, int ld, int rows, int cols) {
        if (ld < Math.max(1, cols)) {
            throw new IllegalArgumentException("sgemm: ld" + name.toLowerCase(java.util.Locale.ROOT)
                    + "=" + ld + " is smaller than the " + cols + " columns of stored " + name);
        }
        if (rows == 0 || cols == 0) {
            return;
        }
        long last = off + (long) (rows - 1) * ld + cols - 1;
        if (off < 0 || last >= x.length) {
            throw new IndexOutOfBoundsException("sgemm: stored " + name + " (" + rows + " x " + cols
                    + ", offset " + off + ", stride " + ld + ") needs index " + last
                    + " but the array has length " + x.length);
        }
    }
}
