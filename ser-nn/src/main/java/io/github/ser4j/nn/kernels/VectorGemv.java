package io.github.ser4j.nn.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API matrix-vector products: GEMM with a single row of {@code op(A)}, e.g. a
 * recurrent step or a linear layer at batch size 1. Packing B would copy every element of B
 * to use it once, so these kernels read B in place: along its rows ({@code op(B) = B},
 * {@code c += a_p * B[p][..]}, four vectors of columns at a time) or as dot products
 * ({@code op(B) = B^T}, {@code c_j += a . B[j][..]}). Load only when {@link Simd#enabled()}.
 */
final class VectorGemv {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorGemv() {
    }

    /**
     * {@code c[j] += alpha * sum_p a[p*aStride] * op(B)[p][j]} for {@code j < n}; C has already
     * been scaled by beta. {@code aStride} is 1 for a row of A, {@code lda} for a column of a
     * transposed A.
     */
    static void row(boolean transB, int n, int k, float alpha, float[] a, int aOff, int aStride,
                    float[] b, int bOff, int ldb, float[] c, int cOff) {
        if (transB) {
            dots(n, k, alpha, a, aOff, aStride, b, bOff, ldb, c, cOff);
        } else {
            axpys(n, k, alpha, a, aOff, aStride, b, bOff, ldb, c, cOff);
        }
    }

    private static void axpys(int n, int k, float alpha, float[] a, int aOff, int aStride,
                              float[] b, int bOff, int ldb, float[] c, int cOff) {
        int j = 0;
        for (; j <= n - 4 * L; j += 4 * L) {
            FloatVector c0 = FloatVector.zero(S);
            FloatVector c1 = FloatVector.zero(S);
            FloatVector c2 = FloatVector.zero(S);
            FloatVector c3 = FloatVector.zero(S);
            for (int p = 0; p < k; p++) {
                FloatVector av = FloatVector.broadcast(S, alpha * a[aOff + p * aStride]);
                int bp = bOff + p * ldb + j;
                c0 = av.fma(FloatVector.fromArray(S, b, bp), c0);
                c1 = av.fma(FloatVector.fromArray(S, b, bp + L), c1);
                c2 = av.fma(FloatVector.fromArray(S, b, bp + 2 * L), c2);
                c3 = av.fma(FloatVector.fromArray(S, b, bp + 3 * L), c3);
            }
            int cj = cOff + j;
            FloatVector.fromArray(S, c, cj).add(c0).intoArray(c, cj);
            FloatVector.fromArray(S, c, cj + L).add(c1).intoArray(c, cj + L);
            FloatVector.fromArray(S, c, cj + 2 * L).add(c2).intoArray(c, cj + 2 * L);
            FloatVector.fromArray(S, c, cj + 3 * L).add(c3).intoArray(c, cj + 3 * L);
        }
        for (; j <= n - L; j += L) {
            FloatVector c0 = FloatVector.zero(S);
            for (int p = 0; p < k; p++) {
                c0 = FloatVector.broadcast(S, alpha * a[aOff + p * aStride])
                        .fma(FloatVector.fromArray(S, b, bOff + p * ldb + j), c0);
            }
            FloatVector.fromArray(S, c, cOff + j).add(c0).intoArray(c, cOff + j);
        }
        for (; j < n; j++) {
            float s = 0f;
            for (int p = 0; p < k; p++) {
                s = Math.fma(alpha * a[aOff + p * aStride], b[bOff + p * ldb + j], s);
            }
            c[cOff + j] += s;
        }
    }

    private static void dots(int n, int k, float alpha, float[] a, int aOff, int aStride,
                             float[] b, int bOff, int ldb, float[] c, int cOff) {
        boolean contiguous = aStride == 1;
        for (int j = 0; j < n; j++) {
            int bj = bOff + j * ldb;
            int p = 0;
            float s = 0f;
            if (contiguous) {
                FloatVector acc0 = FloatVector.zero(S);
                FloatVector acc1 = FloatVector.zero(S);
                for (; p <= k - 2 * L; p += 2 * L) {
                    acc0 = FloatVector.fromArray(S, a, aOff + p).fma(FloatVector.fromArray(S, b, bj + p), acc0);
                    acc1 = FloatVector.fromArray(S, a, aOff + p + L).fma(FloatVector.fromArray(S, b, bj + p + L), acc1);
                }
                s = LaneSum.of(acc0.add(acc1));
            }
            for (; p < k; p++) {
                s = Math.fma(a[aOff + p * aStride], b[bj + p], s);
            }
            c[cOff + j] += alpha * s;
        }
    }
}
