package io.github.ser4j.nn.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API LSTM cell: the same formulas as {@link ScalarLstmCell}, a vector of hidden units
 * at a time, sigmoid/tanh through {@link VectorActivations}; the tail of each row runs the
 * scalar twin. Load only when {@link Simd#enabled()}.
 */
final class VectorLstmCell {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorLstmCell() {
    }

    static void forward(int batch, int hidden, float[] pre, int preOff, float[] cPrev, int cPrevOff,
                        float[] gates, int gatesOff, float[] c, int cOff, float[] h, int hOff) {
        int vecEnd = hidden - hidden % L;
        for (int b = 0; b < batch; b++) {
            int p = preOff + b * 4 * hidden;
            int g = gatesOff + b * 4 * hidden;
            int cp = cPrevOff + b * hidden;
            int cc = cOff + b * hidden;
            int hh = hOff + b * hidden;
            for (int j = 0; j < vecEnd; j += L) {
                FloatVector i = VectorActivations.sigmoid(FloatVector.fromArray(S, pre, p + j));
                FloatVector f = VectorActivations.sigmoid(FloatVector.fromArray(S, pre, p + hidden + j));
                FloatVector gg = VectorActivations.tanh(FloatVector.fromArray(S, pre, p + 2 * hidden + j));
                FloatVector o = VectorActivations.sigmoid(FloatVector.fromArray(S, pre, p + 3 * hidden + j));
                FloatVector cn = f.mul(FloatVector.fromArray(S, cPrev, cp + j)).add(i.mul(gg));
                i.intoArray(gates, g + j);
                f.intoArray(gates, g + hidden + j);
                gg.intoArray(gates, g + 2 * hidden + j);
                o.intoArray(gates, g + 3 * hidden + j);
                cn.intoArray(c, cc + j);
                o.mul(VectorActivations.tanh(cn)).intoArray(h, hh + j);
            }
            ScalarLstmCell.forwardRange(hidden, vecEnd, hidden, pre, p, cPrev, cp, gates, g, c, cc, h, hh);
        }
    }

    static void backward(int batch, int hidden, float[] gates, int gatesOff, float[] cPrev, int cPrevOff,
                         float[] c, int cOff, float[] dh, int dhOff, float[] dc, int dcOff,
                         float[] dPre, int dPreOff, float[] dcPrev, int dcPrevOff) {
        int vecEnd = hidden - hidden % L;
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int b = 0; b < batch; b++) {
            int s = b * hidden;
            int g = gatesOff + 4 * s;
            int dp = dPreOff + 4 * s;
            for (int j = 0; j < vecEnd; j += L) {
                FloatVector i = FloatVector.fromArray(S, gates, g + j);
                FloatVector f = FloatVector.fromArray(S, gates, g + hidden + j);
                FloatVector gg = FloatVector.fromArray(S, gates, g + 2 * hidden + j);
                FloatVector o = FloatVector.fromArray(S, gates, g + 3 * hidden + j);
                FloatVector t = VectorActivations.tanh(FloatVector.fromArray(S, c, cOff + s + j));
                FloatVector dhv = FloatVector.fromArray(S, dh, dhOff + s + j);
                FloatVector dct = dhv.mul(o).mul(one.sub(t.mul(t)));
                if (dc != null) {
                    dct = FloatVector.fromArray(S, dc, dcOff + s + j).add(dct);
                }
                dct.mul(gg).mul(i).mul(one.sub(i)).intoArray(dPre, dp + j);
                dct.mul(FloatVector.fromArray(S, cPrev, cPrevOff + s + j)).mul(f).mul(one.sub(f))
                        .intoArray(dPre, dp + hidden + j);
                dct.mul(i).mul(one.sub(gg.mul(gg))).intoArray(dPre, dp + 2 * hidden + j);
                dhv.mul(t).mul(o).mul(one.sub(o)).intoArray(dPre, dp + 3 * hidden + j);
                dct.mul(f).intoArray(dcPrev, dcPrevOff + s + j);
            }
            ScalarLstmCell.backwardRange(hidden, vecEnd, hidden, gates, g, cPrev, cPrevOff + s, c, cOff + s,
                    dh, dhOff + s, dc, dcOff + s, dPre, dp, dcPrev, dcPrevOff + s);
        }
    }
}
