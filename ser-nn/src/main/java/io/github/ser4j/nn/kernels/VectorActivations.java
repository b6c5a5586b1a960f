package io.github.ser4j.nn.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API twins of {@link ActivationKernels}: sigmoid and tanh through
 * {@link VectorMath}'s exactly reproducible polynomials, the ReLU backward as a compare and blend; the tail
 * (fewer than one vector) through the scalar twin. Load only when {@link Simd#enabled()}.
 */
final class VectorActivations {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorActivations() {
    }

    /** {@code 1 / (1 + exp(-x))} on a vector. */
    static FloatVector sigmoid(FloatVector x) {
        return VectorMath.sigmoid(x);
    }

    static FloatVector tanh(FloatVector x) {
        return VectorMath.tanh(x);
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

    /** {@code gx += x > 0 ? gy : 0}, branch-free. */
    static void reluBackward(float[] x, float[] gy, float[] gx, int off, int n) {
        FloatVector zero = FloatVector.zero(S);
        int i = off;
        int end = off + n;
        for (; i <= end - L; i += L) {
            FloatVector g = FloatVector.fromArray(S, gy, i);
            VectorMask<Float> positive = FloatVector.fromArray(S, x, i).compare(VectorOperators.GT, 0f);
            FloatVector.fromArray(S, gx, i).add(zero.blend(g, positive)).intoArray(gx, i);
        }
        ActivationKernels.reluBackwardScalar(x, gy, gx, i, end - i);
    }
}
