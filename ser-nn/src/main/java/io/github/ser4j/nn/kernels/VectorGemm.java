package io.github.ser4j.nn.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Packed, cache-blocked SGEMM on the Vector API: the Goto/BLIS loop nest around a
 * {@value #MR} x (2 vectors) register tile.
 *
 * <pre>
 * for jc in N step NC              B block  (KC x NC)  lives in L3
 *   for pc in K step KC
 *     pack op(B)[pc.., jc..] into NR-column slivers
 *     for ic in M step MC          A block  (MC x KC)  lives in L2, packed per thread
 *       pack alpha*op(A)[ic.., pc..] into MR-row slivers
 *       for each B sliver (KC x NR, in L1)
 *         for each A sliver (MR x KC)
 *           micro-kernel: MR x NR accumulators += a[p] (broadcast) * b[p] (two vectors), p < KC
 * </pre>
 *
 * <p>The micro-kernel keeps 8 accumulators, 2 B vectors and 1 broadcast in registers (11 of the
 * 16 ymm registers of AVX2); a 6 x 16 tile spills on JDK 25 and is much slower there, so 4 x 16
 * is used on both JDKs. Edges are handled by the zero padding of the packs: an edge tile is
 * computed in full into a small scratch tile, and only its valid part is added to C, so every
 * element of C is the same chain of fused multiply-adds wherever its tile falls. That is what
 * makes the result independent of the thread count.
 *
 * <p>Threads split C into disjoint row ranges (or column ranges when C is wide and short);
 * each thread runs the whole loop nest on its range with its own thread-local packing
 * buffers, so a call costs one fork-join. Load this class only when
 * {@link Simd#enabled()}: it references {@code jdk.incubator.vector}.
 */
final class VectorGemm {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Rows of the register tile. */
    static final int MR = 4;
    /** Columns of the register tile: two vectors. */
    static final int NR = 2 * L;
    /** Depth of a packed block (A sliver + B sliver fit in L1). */
    static final int KC = 256;
    /** Rows of a packed A block (fits in L2 with KC); a multiple of MR. */
    static final int MC = 144;
    /** Columns of a packed B block (fits in L3 with KC). */
    static final int NC = 4096;

    /** Per-thread packing buffers, grown on first use and reused afterwards. */
    private static final class Scratch {
        final float[] a = new float[MC * KC];
        final float[] tile = new float[MR * NR];
        float[] b = new float[0];
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private VectorGemm() {
    }

    /** Same contract as {@link Gemm#sgemm}; the caller has validated the arguments. */
    static void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
                      float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                      float beta, float[] c, int cOff, int ldc) {
        ScaleC.apply(m, n, beta, c, cOff, ldc);
        if (k == 0 || alpha == 0f) {
            return;
        }
        if (m == 1) {
            // One row: packing B would copy it to use it once; read it in place instead.
            VectorGemv.row(transB, n, k, alpha, a, aOff, transA ? lda : 1, b, bOff, ldb, c, cOff);
            return;
        }
        boolean splitRows = m >= n;
        int units = splitRows ? (m + MR - 1) / MR : (n + NR - 1) / NR;
        int tasks = 2L * m * n * k < Gemm.PARALLEL_FLOPS ? 1 : Parallelism.tasksFor(units);
        if (tasks == 1) {
            product(transA, transB, 0, m, 0, n, k, alpha, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
            return;
        }
        // One fork-join per call: each task owns a block of rows (or columns) of C and runs
        // the whole loop nest on it, packing the panels it needs into its own scratch. The
        // duplicated packing is O(k n) (or O(m k)) per task against O(m n k / tasks) flops.
        Parallelism.forEach(tasks, t -> {
            if (splitRows) {
                int i0 = Parallelism.splitStart(m, tasks, t, MR);
                int i1 = Parallelism.splitStart(m, tasks, t + 1, MR);
                product(transA, transB, i0, i1, 0, n, k, alpha, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
            } else {
                int j0 = Parallelism.splitStart(n, tasks, t, NR);
                int j1 = Parallelism.splitStart(n, tasks, t + 1, NR);
                product(transA, transB, 0, m, j0, j1, k, alpha, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
            }
        });
    }

    /** {@code C[i0..i1)[j0..j1) += alpha op(A)[i0..i1) op(B)[..][j0..j1)}: the loop nest, in one thread. */
    private static void product(boolean transA, boolean transB, int i0, int i1, int j0, int j1, int k, float alpha,
                                float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                                float[] c, int cOff, int ldc) {
        if (i1 <= i0 || j1 <= j0) {
            return;
        }
        Scratch sc = SCRATCH.get();
        for (int jc = j0; jc < j1; jc += NC) {
            int nc = Math.min(NC, j1 - jc);
            int slivers = (nc + NR - 1) / NR;
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                if (sc.b.length < slivers * NR * kc) {
                    sc.b = new float[slivers * NR * KC];
                }
                GemmPacking.packB(transB, b, bOff, ldb, pc, kc, jc, nc, NR, 0, slivers, sc.b);
                block(transA, alpha, a, aOff, lda, i0, i1, pc, kc, sc.b, 0, slivers, jc, nc, c, cOff, ldc, sc);
            }
        }
    }

    /**
     * Rows {@code [i0, i1)} of C times B slivers {@code [s0, s1)} of the packed block at
     * depth {@code pc}: packs A in MC-row blocks and runs the micro-kernel over the tiles.
     */
    private static void block(boolean transA, float alpha, float[] a, int aOff, int lda, int i0, int i1,
                              int pc, int kc, float[] bp, int s0, int s1, int jc, int nc,
                              float[] c, int cOff, int ldc, Scratch sc) {
        float[] ap = sc.a;
        for (int ic = i0; ic < i1; ic += MC) {
            int mc = Math.min(MC, i1 - ic);
            GemmPacking.packA(transA, alpha, a, aOff, lda, ic, mc, pc, kc, MR, ap);
            for (int s = s0; s < s1; s++) {
                int col = jc + s * NR;
                int cols = Math.min(NR, jc + nc - col);
                int bIdx = s * kc * NR;
                for (int ir = 0; ir < mc; ir += MR) {
                    int rows = Math.min(MR, mc - ir);
                    int aIdx = ir * kc;
                    int cIdx = cOff + (ic + ir) * ldc + col;
                    if (rows == MR && cols == NR) {
                        kernel(kc, ap, aIdx, bp, bIdx, c, cIdx, ldc);
                    } else {
                        // Edge tile: compute it whole (zero-padded panels) into scratch, add the valid part.
                        float[] tile = sc.tile;
                        java.util.Arrays.fill(tile, 0f);
                        kernel(kc, ap, aIdx, bp, bIdx, tile, 0, NR);
                        for (int r = 0; r < rows; r++) {
                            for (int j = 0; j < cols; j++) {
                                c[cIdx + r * ldc + j] += tile[r * NR + j];
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The register tile: {@code C[0..4)[0..NR) += sum_p ap[p][0..4) (outer) bp[p][0..NR)}.
     * Eight independent FMA chains hide the FMA latency on two pipes.
     */
    private static void kernel(int kc, float[] ap, int aIdx, float[] bp, int bIdx,
                               float[] c, int cIdx, int ldc) {
        FloatVector c00 = FloatVector.zero(S);
        FloatVector c01 = FloatVector.zero(S);
        FloatVector c10 = FloatVector.zero(S);
        FloatVector c11 = FloatVector.zero(S);
        FloatVector c20 = FloatVector.zero(S);
        FloatVector c21 = FloatVector.zero(S);
        FloatVector c30 = FloatVector.zero(S);
        FloatVector c31 = FloatVector.zero(S);
        for (int p = 0; p < kc; p++) {
            int bi = bIdx + p * NR;
            int ai = aIdx + p * MR;
            FloatVector b0 = FloatVector.fromArray(S, bp, bi);
            FloatVector b1 = FloatVector.fromArray(S, bp, bi + L);
            FloatVector a0 = FloatVector.broadcast(S, ap[ai]);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            FloatVector a1 = FloatVector.broadcast(S, ap[ai + 1]);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            FloatVector a2 = FloatVector.broadcast(S, ap[ai + 2]);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            FloatVector a3 = FloatVector.broadcast(S, ap[ai + 3]);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
        }
        int r0 = cIdx;
        FloatVector.fromArray(S, c, r0).add(c00).intoArray(c, r0);
        FloatVector.fromArray(S, c, r0 + L).add(c01).intoArray(c, r0 + L);
        int r1 = r0 + ldc;
        FloatVector.fromArray(S, c, r1).add(c10).intoArray(c, r1);
        FloatVector.fromArray(S, c, r1 + L).add(c11).intoArray(c, r1 + L);
        int r2 = r1 + ldc;
        FloatVector.fromArray(S, c, r2).add(c20).intoArray(c, r2);
        FloatVector.fromArray(S, c, r2 + L).add(c21).intoArray(c, r2 + L);
        int r3 = r2 + ldc;
        FloatVector.fromArray(S, c, r3).add(c30).intoArray(c, r3);
        FloatVector.fromArray(S, c, r3 + L).add(c31).intoArray(c, r3 + L);
    }
}
