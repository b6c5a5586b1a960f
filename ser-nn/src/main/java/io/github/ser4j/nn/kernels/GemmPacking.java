package io.github.ser4j.nn.kernels;

/**
 * Copies blocks of {@code op(A)} and {@code op(B)} into the contiguous "panel" layouts the
 * GEMM micro-kernel streams through (Goto and van de Geijn, "Anatomy of high-performance
 * matrix multiplication", 2008).
 *
 * <p>A block of {@code op(A)} ({@code mc x kc}) becomes slivers of {@code mr} rows; sliver
 * {@code s} starts at {@code s * kc * mr} and holds, for each {@code p}, the {@code mr} values
 * {@code op(A)[s*mr + r][p]} side by side. A block of {@code op(B)} ({@code kc x nc}) becomes
 * slivers of {@code nr} columns; sliver {@code s} starts at {@code s * kc * nr} and holds, for
 * each {@code p}, the row {@code op(B)[p][s*nr .. s*nr + nr)}. Rows and columns past the edge
 * of the matrix are filled with zeros, so the micro-kernel never needs a mask or a tail:
 * the padded lanes compute zeros that are simply not written back.
 *
 * <p>Both transposes are resolved here: after packing, the kernel sees one layout only.
 * Plain scalar code: packing moves {@code O(mk + kn)} values against {@code O(mnk)} flops.
 */
final class GemmPacking {
    private GemmPacking() {
    }

    /**
     * Packs {@code alpha * op(A)[i0 .. i0+mc)[p0 .. p0+kc)} into {@code mr}-row slivers.
     * Folding {@code alpha} in here costs {@code mc*kc} multiplies instead of {@code mc*nc}.
     */
    static void packA(boolean transA, float alpha, float[] a, int aOff, int lda,
                      int i0, int mc, int p0, int kc, int mr, float[] dst) {
        int slivers = (mc + mr - 1) / mr;
        for (int s = 0; s < slivers; s++) {
            int base = s * kc * mr;
            int rows = Math.min(mr, mc - s * mr);
            int row0 = i0 + s * mr;
            if (rows < mr) {
                java.util.Arrays.fill(dst, base, base + kc * mr, 0f);
            }
            if (transA) {
                // op(A)[i][p] = a[p*lda + i]: the mr values of one p are contiguous.
                for (int p = 0; p < kc; p++) {
                    int src = aOff + (p0 + p) * lda + row0;
                    int d = base + p * mr;
                    for (int r = 0; r < rows; r++) {
                        dst[d + r] = alpha * a[src + r];
                    }
                }
            } else {
                for (int r = 0; r < rows; r++) {
                    int src = aOff + (row0 + r) * lda + p0;
                    int d = base + r;
                    for (int p = 0; p < kc; p++) {
                        dst[d + p * mr] = alpha * a[src + p];
                    }
                }
            }
        }
    }

    /**
     * Packs slivers {@code [s0, s1)} of {@code op(B)[p0 .. p0+kc)[j0 .. j0+nc)} into
     * {@code nr}-column slivers (sliver {@code s} covers columns {@code j0 + s*nr ..}).
     */
    static void packB(boolean transB, float[] b, int bOff, int ldb,
                      int p0, int kc, int j0, int nc, int nr, int s0, int s1, float[] dst) {
        for (int s = s0; s < s1; s++) {
            int base = s * kc * nr;
            int cols = Math.min(nr, nc - s * nr);
            int col0 = j0 + s * nr;
            if (cols < nr) {
                java.util.Arrays.fill(dst, base, base + kc * nr, 0f);
            }
            if (transB) {
                // op(B)[p][j] = b[j*ldb + p]: walk each stored row contiguously.
                for (int c = 0; c < cols; c++) {
                    int src = bOff + (col0 + c) * ldb + p0;
                    int d = base + c;
                    for (int p = 0; p < kc; p++) {
                        dst[d + p * nr] = b[src + p];
                    }
                }
            } else {
                for (int p = 0; p < kc; p++) {
                    System.arraycopy(b, bOff + (p0 + p) * ldb + col0, dst, base + p * nr, cols);
                }
            }
        }
    }
}
