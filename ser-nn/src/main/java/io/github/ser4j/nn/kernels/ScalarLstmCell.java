package io.github.ser4j.nn.kernels;

/** Scalar twin of {@link VectorLstmCell}: the formulas of {@link LstmCell}, one element at a time. */
final class ScalarLstmCell {
    private ScalarLstmCell() {
    }

    static void forward(int batch, int hidden, float[] pre, int preOff, float[] cPrev, int cPrevOff,
                        float[] gates, int gatesOff, float[] c, int cOff, float[] h, int hOff) {
        for (int b = 0; b < batch; b++) {
            int p = preOff + b * 4 * hidden;
            int g = gatesOff + b * 4 * hidden;
            int s = b * hidden;
            forwardRange(hidden, 0, hidden, pre, p, cPrev, cPrevOff + s, gates, g, c, cOff + s, h, hOff + s);
        }
    }

    /** Columns {@code [j0, j1)} of one row; also the tail of the vector version. */
    static void forwardRange(int hidden, int j0, int j1, float[] pre, int p, float[] cPrev, int cp,
                             float[] gates, int g, float[] c, int cc, float[] h, int hh) {
        for (int j = j0; j < j1; j++) {
            float i = ScalarActivations.sigmoid(pre[p + j]);
            float f = ScalarActivations.sigmoid(pre[p + hidden + j]);
            float gg = ScalarActivations.tanh(pre[p + 2 * hidden + j]);
            float o = ScalarActivations.sigmoid(pre[p + 3 * hidden + j]);
            float cn = f * cPrev[cp + j] + i * gg;
            gates[g + j] = i;
            gates[g + hidden + j] = f;
            gates[g + 2 * hidden + j] = gg;
            gates[g + 3 * hidden + j] = o;
            c[cc + j] = cn;
            h[hh + j] = o * ScalarActivations.tanh(cn);
        }
    }

    static void backward(int batch, int hidden, float[] gates, int gatesOff, float[] cPrev, int cPrevOff,
                         float[] c, int cOff, float[] dh, int dhOff, float[] dc, int dcOff,
                         float[] dPre, int dPreOff, float[] dcPrev, int dcPrevOff) {
        for (int b = 0; b < batch; b++) {
            int s = b * hidden;
            backwardRange(hidden, 0, hidden, gates, gatesOff + 4 * s, cPrev, cPrevOff + s, c, cOff + s,
                    dh, dhOff + s, dc, dcOff + s, dPre, dPreOff + 4 * s, dcPrev, dcPrevOff + s);
        }
    }

    static void backwardRange(int hidden, int j0, int j1, float[] gates, int g, float[] cPrev, int cp,
                              float[] c, int cc, float[] dh, int dhh, float[] dc, int dcc,
                              float[] dPre, int dp, float[] dcPrev, int dcp) {
        for (int j = j0; j < j1; j++) {
            float i = gates[g + j];
            float f = gates[g + hidden + j];
            float gg = gates[g + 2 * hidden + j];
            float o = gates[g + 3 * hidden + j];
            float t = ScalarActivations.tanh(c[cc + j]);
            float dhv = dh[dhh + j];
            float dct = (dc == null ? 0f : dc[dcc + j]) + dhv * o * (1f - t * t);
            dPre[dp + j] = dct * gg * i * (1f - i);
            dPre[dp + hidden + j] = dct * cPrev[cp + j] * f * (1f - f);
            dPre[dp + 2 * hidden + j] = dct * i * (1f - gg * gg);
            dPre[dp + 3 * hidden + j] = dhv * t * o * (1f - o);
            dcPrev[dcp + j] = dct * f;
        }
    }
}
