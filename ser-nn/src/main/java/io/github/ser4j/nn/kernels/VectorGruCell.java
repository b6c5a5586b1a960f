package io.github.ser4j.nn.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API GRU cell forward, a vector of hidden units at a time, scalar tail.
 * Load only when {@link Simd#enabled()}.
 */
final class VectorGruCell {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorGruCell() {
    }

    static void forward(int batch, int hidden, float[] gx, int gxOff, float[] gh, int ghOff,
                        float[] hPrev, int hPrevOff, float[] gates, int gatesOff, float[] h, int hOff) {
        int vecEnd = hidden - hidden % L;
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int b = 0; b < batch; b++) {
            int x = gxOff + 3 * b * hidden;
            int hh = ghOff + 3 * b * hidden;
            int g = gatesOff + 3 * b * hidden;
            int hp = hPrevOff + b * hidden;
            int ho = hOff + b * hidden;
            for (int j = 0; j < vecEnd; j += L) {
                FloatVector r = VectorActivations.sigmoid(
                        FloatVector.fromArray(S, gx, x + j).add(FloatVector.fromArray(S, gh, hh + j)));
                FloatVector z = VectorActivations.sigmoid(FloatVector.fromArray(S, gx, x + hidden + j)
                        .add(FloatVector.fromArray(S, gh, hh + hidden + j)));
                FloatVector n = VectorActivations.tanh(FloatVector.fromArray(S, gx, x + 2 * hidden + j)
                        .add(r.mul(FloatVector.fromArray(S, gh, hh + 2 * hidden + j))));
                r.intoArray(gates, g + j);
                z.intoArray(gates, g + hidden + j);
                n.intoArray(gates, g + 2 * hidden + j);
                one.sub(z).mul(n).add(z.mul(FloatVector.fromArray(S, hPrev, hp + j))).intoArray(h, ho + j);
            }
            ScalarGruCell.forwardRange(hidden, vecEnd, hidden, gx, x, gh, hh, hPrev, hp, gates, g, h, ho);
        }
    }
}
