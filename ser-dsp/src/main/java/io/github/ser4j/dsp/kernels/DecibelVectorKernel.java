package io.github.ser4j.dsp.kernels;

import static io.github.ser4j.dsp.kernels.DecibelScalarKernel.DB2_HI;
import static io.github.ser4j.dsp.kernels.DecibelScalarKernel.DB2_LO;
import static io.github.ser4j.dsp.kernels.DecibelScalarKernel.DB_PER_NEPER;
import static io.github.ser4j.dsp.kernels.DecibelScalarKernel.P0;
import static io.github.ser4j.dsp.kernels.DecibelScalarKernel.P1;
import static io.github.ser4j.dsp.kernels.DecibelScalarKernel.P2;
import static io.github.ser4j.dsp.kernels.DecibelScalarKernel.P3;
import static io.github.ser4j.dsp.kernels.DecibelScalarKernel.P4;
import static io.github.ser4j.dsp.kernels.DecibelScalarKernel.P5;
import static io.github.ser4j.dsp.kernels.DecibelScalarKernel.P6;
import static io.github.ser4j.dsp.kernels.DecibelScalarKernel.P7;
import static io.github.ser4j.dsp.kernels.DecibelScalarKernel.P8;
import static io.github.ser4j.dsp.kernels.DecibelScalarKernel.SQRT_HALF_BITS;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link DecibelScalarKernel} eight lanes at a time: the same integer reduction and the same
 * fused multiply-adds in the same order, so every lane equals the scalar result bit for bit
 * (and the scalar tail can be the scalar kernel). A block holding a value that is not a
 * positive normal float after the {@code amin} clamp is redone by the scalar kernel, which
 * takes {@link Math#log10} for it. Reach it only when {@link Simd#enabled()}.
 */
public final class DecibelVectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_256;
    private static final int L = 8;

    private DecibelVectorKernel() {
    }

    /** As {@link DecibelScalarKernel#toDb}. */
    public static float toDb(float[] x, int from, int to, float amin, float offset) {
        FloatVector top = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY);
        float topTail = Float.NEGATIVE_INFINITY;
        int i = from;
        for (; i + L <= to; i += L) {
            FloatVector p = FloatVector.fromArray(S, x, i).max(amin);
            if (!p.compare(VectorOperators.GE, Float.MIN_NORMAL).and(p.compare(VectorOperators.LE, Float.MAX_VALUE))
                    .allTrue()) {
                topTail = Math.max(topTail, DecibelScalarKernel.toDb(x, i, i + L, amin, offset));
                continue;
            }
            FloatVector v = db(p, offset);
            v.intoArray(x, i);
            top = top.max(v);
        }
        if (i < to) {
            topTail = Math.max(topTail, DecibelScalarKernel.toDb(x, i, to, amin, offset));
        }
        float t = top.reduceLanes(VectorOperators.MAX);
        return t > topTail ? t : topTail;
    }

    private static FloatVector db(FloatVector p, float offset) {
        IntVector ix = p.reinterpretAsInts().sub(SQRT_HALF_BITS);
        FloatVector e = (FloatVector) ix.lanewise(VectorOperators.ASHR, 23).convert(VectorOperators.I2F, 0);
        FloatVector m = ix.and(0x007fffff).add(SQRT_HALF_BITS).reinterpretAsFloats();
        FloatVector f = m.sub(1f);
        FloatVector z = f.mul(f);
        FloatVector q = f.fma(FloatVector.broadcast(S, P0), FloatVector.broadcast(S, P1));
        q = q.fma(f, FloatVector.broadcast(S, P2));
        q = q.fma(f, FloatVector.broadcast(S, P3));
        q = q.fma(f, FloatVector.broadcast(S, P4));
        q = q.fma(f, FloatVector.broadcast(S, P5));
        q = q.fma(f, FloatVector.broadcast(S, P6));
        q = q.fma(f, FloatVector.broadcast(S, P7));
        q = q.fma(f, FloatVector.broadcast(S, P8));
        FloatVector ln = z.mul(f).fma(q, z.fma(FloatVector.broadcast(S, -0.5f), f));
        FloatVector small = ln.fma(FloatVector.broadcast(S, DB_PER_NEPER), e.mul(DB2_LO));
        return e.fma(FloatVector.broadcast(S, DB2_HI), FloatVector.broadcast(S, -offset)).add(small);
    }
}
