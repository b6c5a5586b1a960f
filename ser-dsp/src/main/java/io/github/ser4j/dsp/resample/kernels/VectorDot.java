package io.github.ser4j.dsp.resample.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API dot product: four independent lane-wise FMA accumulators (enough to hide the
 * FMA latency on AVX2), then one per vector, a lane reduction and a scalar tail (no masks:
 * masked loads are slow on AVX2 with JDK 17). Loaded only when the incubator module exists.
 */
final class VectorDot implements DotKernel {
    static final VectorDot INSTANCE = new VectorDot();
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorDot() {
    }

    @Override
    public float dot(float[] a, int aOff, float[] b, int bOff, int n) {
        int i = 0;
        float s = 0f;
        if (n >= L) {
            FloatVector acc0 = FloatVector.zero(S);
            FloatVector acc1 = FloatVector.zero(S);
            FloatVector acc2 = FloatVector.zero(S);
            FloatVector acc3 = FloatVector.zero(S);
            for (; i <= n - 4 * L; i += 4 * L) {
                acc0 = FloatVector.fromArray(S, a, aOff + i).fma(FloatVector.fromArray(S, b, bOff + i), acc0);
                acc1 = FloatVector.fromArray(S, a, aOff + i + L).fma(FloatVector.fromArray(S, b, bOff + i + L), acc1);
                acc2 = FloatVector.fromArray(S, a, aOff + i + 2 * L)
                        .fma(FloatVector.fromArray(S, b, bOff + i + 2 * L), acc2);
                acc3 = FloatVector.fromArray(S, a, aOff + i + 3 * L)
                        .fma(FloatVector.fromArray(S, b, bOff + i + 3 * L), acc3);
            }
            for (; i <= n - L; i += L) {
                acc0 = FloatVector.fromArray(S, a, aOff + i).fma(FloatVector.fromArray(S, b, bOff + i), acc0);
            }
            // Lanes summed in a fixed order: reduceLanes(ADD) may add in a different order
            // before and after JIT compilation, which would make resampling irreproducible.
            FloatVector acc = acc0.add(acc1).add(acc2.add(acc3));
            for (int lane = 0; lane < L; lane++) {
                s += acc.lane(lane);
            }
        }
        for (; i < n; i++) {
            s += a[aOff + i] * b[bOff + i];
        }
        return s;
    }

    @Override
    public String name() {
        return "vector-" + S.vectorBitSize();
    }
}
