package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.Gemm;
import io.github.ser4j.nn.kernels.Parallelism;

/**
 * The GEMM part of {@link Convolution1d} and {@link Convolution2d}, shared: convolution as
 * {@code Y = W [O, CK] @ col [CK, P]} per sample, where {@code col} is the unfolded input
 * ({@code CK} = channels times kernel size, {@code P} = output positions).
 *
 * <p>Why samples are batched: one GEMM per sample pays the packing of {@code W}, the
 * scratch look-up and the fork-join once per sample, which dominates when {@code P} is
 * small (seed 001's compact CNN: a few thousand multiply-adds per sample). Here up to
 * {@link #COLUMN_BUDGET} floats of column matrix are built side by side, one block of
 * {@code P} columns per sample ({@code ld = samples * P}), so one GEMM serves the chunk:
 * {@code Y_chunk [O, nb*P] = W @ col_chunk}, then each sample's block is copied to
 * {@code y[n]} with the bias. Backward uses the same wide layout:
 * {@code dW += G_chunk @ col_chunk^T} (a single reduction of depth {@code nb*P}) and
 * {@code dcol = W^T G_chunk}, folded back per sample. When only one sample fits the
 * budget, the GEMM reads and writes the tensors in place, as a per-sample loop would.
 *
 * <p>The column matrix and the wide product are scratch of the calling thread, grown on
 * demand and reused by every later call (no allocation, no zero-filling: every element is
 * written before it is read). They never leave this class, so no tensor ever aliases them.
 */
final class ColumnConvolution {
    /** Most floats of column matrix built at once (16 MB): bounds the scratch memory. */
    static final int COLUMN_BUDGET = 1 << 22;

    /** Unfolds and folds one sample of a particular convolution geometry. */
    interface Unfolding {
        /** Writes sample {@code s}'s column block ({@code CK} rows, {@code ldCol} apart) at {@code col[colOff]}. */
        void unfold(int s, float[] col, int colOff, int ldCol);

        /** Adds the column block at {@code col[colOff]} (rows {@code ldCol} apart) onto sample {@code s} of {@code dx}. */
        void fold(float[] col, int colOff, int ldCol, int s, float[] dx);
    }

    /** The calling thread's column matrix and wide product, grown on demand. */
    private static final class Scratch {
        float[] col = new float[0];
        float[] wide = new float[0];

        float[] col(int size) {
            if (col.length < size) {
                col = new float[size];
            }
            return col;
        }

        float[] wide(int size) {
            if (wide.length < size) {
                wide = new float[size];
            }
            return wide;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private ColumnConvolution() {
    }

    /** Samples per GEMM for a column block of {@code ck * plane} floats per sample. */
    static int chunk(int n, int ck, int plane) {
        long per = Math.max(1L, (long) ck * plane);
        return (int) Math.max(1, Math.min(n, COLUMN_BUDGET / per));
    }

    /** {@code y [n, out, plane] = W [out, ck] @ col(x[s]) + b} for every sample. */
    static void forward(int n, int out, int ck, int plane, float[] w, float[] bias, Unfolding u, float[] y) {
        int chunk = chunk(n, ck, plane);
        Scratch scratch = SCRATCH.get();
        float[] col = scratch.col(ck * chunk * plane);
        float[] wide = chunk > 1 ? scratch.wide(out * chunk * plane) : null;
        for (int s0 = 0; s0 < n; s0 += chunk) {
            int nb = Math.min(chunk, n - s0);
            int ld = nb * plane;
            unfoldAll(u, s0, nb, ck, plane, col, ld);
            if (nb == 1) {
                int yo = s0 * out * plane;
                if (bias != null) {
                    for (int o = 0; o < out; o++) {
                        java.util.Arrays.fill(y, yo + o * plane, yo + (o + 1) * plane, bias[o]);
                    }
                }
                Gemm.sgemm(false, false, out, plane, ck, 1f, w, 0, ck, col, 0, plane, bias == null ? 0f : 1f,
                        y, yo, plane);
                continue;
            }
            Gemm.sgemm(false, false, out, ld, ck, 1f, w, 0, ck, col, 0, ld, 0f, wide, 0, ld);
            for (int j = 0; j < nb; j++) {
                int yo = (s0 + j) * out * plane;
                for (int o = 0; o < out; o++) {
                    float bo = bias == null ? 0f : bias[o];
                    int src = o * ld + j * plane;
                    int dst = yo + o * plane;
                    for (int t = 0; t < plane; t++) {
                        y[dst + t] = wide[src + t] + bo;
                    }
                }
            }
        }
    }

    /**
     * Backward of {@link #forward}: {@code dW += G col^T}, {@code dx += fold(W^T G)},
     * {@code db += sum_t G}; a null gradient array skips that part.
     */
    static void backward(int n, int out, int ck, int plane, float[] w, float[] g, Unfolding u,
                         float[] dw, float[] dx, float[] db) {
        if (db != null) {
            for (int s = 0; s < n; s++) {
                int go = s * out * plane;
                for (int o = 0; o < out; o++) {
                    double sum = 0;
                    for (int t = 0; t < plane; t++) {
                        sum += g[go + o * plane + t];
                    }
                    db[o] += (float) sum;
                }
            }
        }
        if (dw == null && dx == null) {
            return;
        }
        int chunk = chunk(n, ck, plane);
        Scratch scratch = SCRATCH.get();
        float[] col = scratch.col(ck * chunk * plane);
        float[] wide = chunk > 1 ? scratch.wide(out * chunk * plane) : null;
        for (int s0 = 0; s0 < n; s0 += chunk) {
            int nb = Math.min(chunk, n - s0);
            int ld = nb * plane;
            float[] gm;
            int gOff;
            if (nb == 1) {
                gm = g;
                gOff = s0 * out * plane;
            } else {
                // Gather the chunk's gradient blocks side by side: G_chunk [out, nb*plane].
                gm = wide;
                gOff = 0;
                for (int j = 0; j < nb; j++) {
                    int go = (s0 + j) * out * plane;
                    for (int o = 0; o < out; o++) {
                        System.arraycopy(g, go + o * plane, wide, o * ld + j * plane, plane);
                    }
                }
            }
            if (dw != null) {
                unfoldAll(u, s0, nb, ck, plane, col, ld);
                Gemm.sgemm(false, true, out, ck, ld, 1f, gm, gOff, ld, col, 0, ld, 1f, dw, 0, ck);
            }
            if (dx != null) {
                Gemm.sgemm(true, false, ck, ld, out, 1f, w, 0, ck, gm, gOff, ld, 0f, col, 0, ld);
                int first = s0;
                int tasks = tasksFor(nb, ck, ld);
                Parallelism.forEach(tasks, t -> {
                    for (int j = Parallelism.splitStart(nb, tasks, t, 1); j < Parallelism.splitStart(nb, tasks, t + 1, 1); j++) {
                        u.fold(col, j * plane, ld, first + j, dx); // samples own disjoint parts of dx
                    }
                });
            }
        }
    }

    /** Below this many column floats a fork-join costs more than the copying it splits. */
    private static final int PARALLEL_COLUMNS = 1 << 16;

    private static int tasksFor(int nb, int ck, int ld) {
        return (long) ck * ld < PARALLEL_COLUMNS ? 1 : Parallelism.tasksFor(nb);
    }

    private static void unfoldAll(Unfolding u, int s0, int nb, int ck, int plane, float[] col, int ld) {
        int tasks = tasksFor(nb, ck, ld);
        Parallelism.forEach(tasks, t -> {
            for (int j = Parallelism.splitStart(nb, tasks, t, 1); j < Parallelism.splitStart(nb, tasks, t + 1, 1); j++) {
                u.unfold(s0 + j, col, j * plane, ld);
            }
        });
    }
}
