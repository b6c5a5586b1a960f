package io.github.ser4j.nn.kernels;

/** Scalar twin of {@link VectorGruCell}: the forward formulas of {@link GruCell}. */
final class ScalarGruCell {
    private ScalarGruCell() {
    }

    static void forward(int batch, int hidden, float[] gx, int gxOff, float[] gh, int ghOff,
                        float[] hPrev, int hPrevOff, float[] gates, int gatesOff, float[] h, int hOff) {
        for (int b = 0; b < batch; b++) {
            forwardRange(hidden, 0, hidden, gx, gxOff + 3 * b * hidden, gh, ghOff + 3 * b * hidden,
                    hPrev, hPrevOff + b * hidden, gates, gatesOff + 3 * b * hidden, h, hOff + b * hidden);
        }
    }

    /** Columns {@code [j0, j1)} of one row; also the tail of the vector version. */
    static void forwardRange(int hidden, int j0, int j1, float[] gx, int x, float[] gh, int hh, float[] hPrev, int hp,
                             float[] gates, int g, float[] h, int ho) {
        for (int j = j0; j < j1; j++) {
            float r = ScalarActivations.sigmoid(gx[x + j] + gh[hh + j]);
            float z = ScalarActivations.sigmoid(gx[x + hidden + j] + gh[hh + hidden + j]);
            float n = ScalarActivations.tanh(gx[x + 2 * hidden + j] + r * gh[hh + 2 * hidden + j]);
            gates[g + j] = r;
            gates[g + hidden + j] = z;
            gates[g + 2 * hidden + j] = n;
            h[ho + j] = (1f - z) * n + z * hPrev[hp + j];
        }
    }
}
