package io.github.ser4j.dsp.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MelScalarKernel} eight filters at a time, in the group layout of {@link MelWeights}:
 * for each bin {@code k} of a group's run, the vector of the eight filters' weights at
 * {@code k} is multiplied by the broadcast spectrum value {@code S[f][k]} and added to the
 * group's accumulator with a fused multiply-add; eight frames share each weight load (a
 * register tile of 8 frames x 8 filters: 8 accumulators, the weights and one broadcast, within
 * AVX2's 16 registers), then four, then one. No reductions across lanes, no masks: each lane is
 * one filter's chain of fused multiply-adds in bin order, the scalar twin's arithmetic plus
 * additions of {@code 0 * S[f][k]}, which change nothing, so results are bit-identical to the
 * scalar kernel for finite spectra. Filters past the last whole group use the scalar chain. Reach it only when
 * {@link Simd#enabled()}.
 */
public final class MelVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_256;
    private static final int L = 8;

    private MelVectorKernel() {
    }

    /** As {@link MelScalarKernel#apply}. */
    public static void apply(float[] spectra, int off, int stride, int count, MelWeights w,
                             float[] out, int outOff, int outStride) {
        int f = 0;
        for (; f + 8 <= count; f += 8) {
            int row = off + f * stride;
            int o = outOff + f * outStride;
            for (int g = 0; g < w.groups; g++) {
                group8(spectra, row, stride, w.packed, w.groupOff[g], w.groupLo[g], w.groupLen[g], out, o + g * L,
                        outStride);
            }
            for (int i = 0; i < 8; i++) {
                MelScalarKernel.filters(spectra, row + i * stride, w, w.groups * L, w.nMels, out, o + i * outStride);
            }
        }
        for (; f + 4 <= count; f += 4) {
            int row = off + f * stride;
            int o = outOff + f * outStride;
            for (int g = 0; g < w.groups; g++) {
                group4(spectra, row, stride, w.packed, w.groupOff[g], w.groupLo[g], w.groupLen[g], out, o + g * L,
                        outStride);
            }
            for (int i = 0; i < 4; i++) {
                MelScalarKernel.filters(spectra, row + i * stride, w, w.groups * L, w.nMels, out, o + i * outStride);
            }
        }
        for (; f < count; f++) {
            int row = off + f * stride;
            int o = outOff + f * outStride;
            for (int g = 0; g < w.groups; g++) {
                group1(spectra, row, w.packed, w.groupOff[g], w.groupLo[g], w.groupLen[g], out, o + g * L);
            }
            MelScalarKernel.filters(spectra, row, w, w.groups * L, w.nMels, out, o);
        }
    }

    private static void group4(float[] s, int row, int st, float[] packed, int p, int lo, int len,
                               float[] out, int o, int os) {
        FloatVector a0 = FloatVector.zero(S);
        FloatVector a1 = FloatVector.zero(S);
        FloatVector a2 = FloatVector.zero(S);
        FloatVector a3 = FloatVector.zero(S);
        int k = row + lo;
        int end = k + len;
        for (; k < end; k++, p += L) {
            FloatVector wk = FloatVector.fromArray(S, packed, p);
            a0 = wk.fma(FloatVector.broadcast(S, s[k]), a0);
            a1 = wk.fma(FloatVector.broadcast(S, s[k + st]), a1);
            a2 = wk.fma(FloatVector.broadcast(S, s[k + 2 * st]), a2);
            a3 = wk.fma(FloatVector.broadcast(S, s[k + 3 * st]), a3);
        }
        a0.intoArray(out, o);
        a1.intoArray(out, o + os);
        a2.intoArray(out, o + 2 * os);
        a3.intoArray(out, o + 3 * os);
    }

    private static void group8(float[] s, int row, int st, float[] packed, int p, int lo, int len,
                               float[] out, int o, int os) {
        FloatVector a0 = FloatVector.zero(S);
        FloatVector a1 = FloatVector.zero(S);
        FloatVector a2 = FloatVector.zero(S);
        FloatVector a3 = FloatVector.zero(S);
        FloatVector a4 = FloatVector.zero(S);
        FloatVector a5 = FloatVector.zero(S);
        FloatVector a6 = FloatVector.zero(S);
        FloatVector a7 = FloatVector.zero(S);
        int k = row + lo;
        int end = k + len;
        for (; k < end; k++, p += L) {
            FloatVector wk = FloatVector.fromArray(S, packed, p);
            a0 = wk.fma(FloatVector.broadcast(S, s[k]), a0);
            a1 = wk.fma(FloatVector.broadcast(S, s[k + st]), a1);
            a2 = wk.fma(FloatVector.broadcast(S, s[k + 2 * st]), a2);
            a3 = wk.fma(FloatVector.broadcast(S, s[k + 3 * st]), a3);
            a4 = wk.fma(FloatVector.broadcast(S, s[k + 4 * st]), a4);
            a5 = wk.fma(FloatVector.broadcast(S, s[k + 5 * st]), a5);
            a6 = wk.fma(FloatVector.broadcast(S, s[k + 6 * st]), a6);
            a7 = wk.fma(FloatVector.broadcast(S, s[k + 7 * st]), a7);
        }
        a0.intoArray(out, o);
        a1.intoArray(out, o + os);
        a2.intoArray(out, o + 2 * os);
        a3.intoArray(out, o + 3 * os);
        a4.intoArray(out, o + 4 * os);
        a5.intoArray(out, o + 5 * os);
        a6.intoArray(out, o + 6 * os);
        a7.intoArray(out, o + 7 * os);
    }

    private static void group1(float[] s, int row, float[] packed, int p, int lo, int len, float[] out, int o) {
        FloatVector a = FloatVector.zero(S);
        int k = row + lo;
        int end = k + len;
        for (; k < end; k++, p += L) {
            a = FloatVector.fromArray(S, packed, p).fma(FloatVector.broadcast(S, s[k]), a);
        }
        a.intoArray(out, o);
    }
}
