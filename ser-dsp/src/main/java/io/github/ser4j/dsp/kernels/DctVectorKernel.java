package io.github.ser4j.dsp.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link DctScalarKernel} as a small GEMM with a register tile of 4 frames x 16 outputs
 * (8 accumulators, 2 basis vectors, 1 broadcast: within AVX2's 16 registers): for each
 * {@code n}, two vectors of {@code basisT} row {@code n} are multiplied by the broadcast inputs
 * {@code X[f][n]} of four frames and added with fused multiply-adds. Each lane is one output's
 * chain over {@code n = 0, 1, ...}, exactly the scalar twin's, so results are bit-identical.
 * Outputs beyond the last whole vector ({@code nOut mod 8}) and frames beyond the last group
 * of four are done by narrower tiles and the scalar chain; no masks. Reach it only when
 * {@link Simd#enabled()}.
 */
public final class DctVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_256;
    private static final int L = 8;

    private DctVectorKernel() {
    }

    /** As {@link DctScalarKernel#apply}. */
    public static void apply(float[] x, int xOff, int frames, int nIn, float[] basisT, int nOut,
                             float[] y, int yOff, int yStride) {
        int kVec = nOut / L * L;
        int f = 0;
        for (; f + 4 <= frames; f += 4) {
            int row = xOff + f * nIn;
            int o = yOff + f * yStride;
            int k = 0;
            for (; k + 2 * L <= kVec; k += 2 * L) {
                tile4x16(x, row, nIn, basisT, nOut, k, y, o, yStride);
            }
            for (; k < kVec; k += L) {
                tile4x8(x, row, nIn, basisT, nOut, k, y, o, yStride);
            }
            for (int i = 0; i < 4; i++) {
                DctScalarKernel.columns(x, row + i * nIn, nIn, basisT, nOut, kVec, nOut, y, o + i * yStride);
            }
        }
        for (; f < frames; f++) {
            int row = xOff + f * nIn;
            int o = yOff + f * yStride;
            for (int k = 0; k < kVec; k += L) {
                tile1x8(x, row, nIn, basisT, nOut, k, y, o);
            }
            DctScalarKernel.columns(x, row, nIn, basisT, nOut, kVec, nOut, y, o);
        }
    }

    private static void tile4x16(float[] x, int row, int nIn, float[] b, int nOut, int k,
                                 float[] y, int o, int ys) {
        FloatVector a00 = FloatVector.zero(S), a01 = FloatVector.zero(S);
        FloatVector a10 = FloatVector.zero(S), a11 = FloatVector.zero(S);
        FloatVector a20 = FloatVector.zero(S), a21 = FloatVector.zero(S);
        FloatVector a30 = FloatVector.zero(S), a31 = FloatVector.zero(S);
        int r1 = row + nIn, r2 = r1 + nIn, r3 = r2 + nIn;
        for (int n = 0, bn = k; n < nIn; n++, bn += nOut) {
            FloatVector b0 = FloatVector.fromArray(S, b, bn);
            FloatVector b1 = FloatVector.fromArray(S, b, bn + L);
            FloatVector v = FloatVector.broadcast(S, x[row + n]);
            a00 = v.fma(b0, a00);
            a01 = v.fma(b1, a01);
            v = FloatVector.broadcast(S, x[r1 + n]);
            a10 = v.fma(b0, a10);
            a11 = v.fma(b1, a11);
            v = FloatVector.broadcast(S, x[r2 + n]);
            a20 = v.fma(b0, a20);
            a21 = v.fma(b1, a21);
            v = FloatVector.broadcast(S, x[r3 + n]);
            a30 = v.fma(b0, a30);
            a31 = v.fma(b1, a31);
        }
        a00.intoArray(y, o + k);
        a01.intoArray(y, o + k + L);
        a10.intoArray(y, o + ys + k);
        a11.intoArray(y, o + ys + k + L);
        a20.intoArray(y, o + 2 * ys + k);
        a21.intoArray(y, o + 2 * ys + k + L);
        a30.intoArray(y, o + 3 * ys + k);
        a31.intoArray(y, o + 3 * ys + k + L);
    }

    private static void tile4x8(float[] x, int row, int nIn, float[] b, int nOut, int k,
                                float[] y, int o, int ys) {
        FloatVector a0 = FloatVector.zero(S), a1 = FloatVector.zero(S);
        FloatVector a2 = FloatVector.zero(S), a3 = FloatVector.zero(S);
        int r1 = row + nIn, r2 = r1 + nIn, r3 = r2 + nIn;
        for (int n = 0, bn = k; n < nIn; n++, bn += nOut) {
            FloatVector b0 = FloatVector.fromArray(S, b, bn);
            a0 = FloatVector.broadcast(S, x[row + n]).fma(b0, a0);
            a1 = FloatVector.broadcast(S, x[r1 + n]).fma(b0, a1);
            a2 = FloatVector.broadcast(S, x[r2 + n]).fma(b0, a2);
            a3 = FloatVector.broadcast(S, x[r3 + n]).fma(b0, a3);
        }
        a0.intoArray(y, o + k);
        a1.intoArray(y, o + ys + k);
        a2.intoArray(y, o + 2 * ys + k);
        a3.intoArray(y, o + 3 * ys + k);
    }

    private static void tile1x8(float[] x, int row, int nIn, float[] b, int nOut, int k, float[] y, int o) {
        FloatVector a = FloatVector.zero(S);
        for (int n = 0, bn = k; n < nIn; n++, bn += nOut) {
            a = FloatVector.broadcast(S, x[row + n]).fma(FloatVector.fromArray(S, b, bn), a);
        }
        a.intoArray(y, o + k);
    }
}
