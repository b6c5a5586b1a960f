package io.github.ser4j.nn.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API sigmoid and tanh: full vectors through the lane-wise {@code EXP}/{@code TANH}
 * intrinsics, the tail (fewer than one vector) through the scalar twin. Load only when
 * {@link Simd#enabled()}.
 */
final class VectorActivations {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorActivations() {
    }

    /** {@code 1 / (1 + exp(-x))} on a vector. */
    static FloatVector sigmoid(FloatVector x) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        return one.div(x.neg().lanewise(VectorOperators.EXP).add(one));
    }

    static FloatVector tanh(FloatVector x) {
        return x.lanewise(VectorOperators.TANH);
    }

    static void sigmoid(float[] x, int xOff, float[] y, int yOff, int n) {
        int i = 0;
        for (; i <= n - L; i += L) {
            sigmoid(FloatVector.fromArray(S, x, xOff + i)).intoArray(y, yOff + i);
        }
        ScalarActivations.sigmoid(x, xOff + i, y, yOff + i, n - i);
    }

    static void tanh(float[] x, int xOff, float[] y, int yOff, int n) {
        int i = 0;
        for (; i <= n - L; i += L) {
            tanh(FloatVector.fromArray(S, x, xOff + i)).intoArray(y, yOff + i);
        }
        ScalarActivations.tanh(x, xOff + i, y, yOff + i, n - i);
    }
}
