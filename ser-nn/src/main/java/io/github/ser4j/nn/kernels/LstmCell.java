package io.github.ser4j.nn.kernels;

/**
 * The element-wise half of one LSTM step, after the two GEMMs have produced the
 * pre-activations {@code pre = x W_ih^T + b_ih + h_prev W_hh^T + b_hh}, shape
 * {@code [batch, 4*hidden]}, gates in PyTorch's order {@code i, f, g, o}:
 *
 * <pre>
 * i = sigmoid(pre_i)   f = sigmoid(pre_f)   g = tanh(pre_g)   o = sigmoid(pre_o)
 * c = f * c_prev + i * g
 * h = o * tanh(c)
 * </pre>
 *
 * The forward saves the activated gates ({@code [batch, 4*hidden]}, same order) for the
 * backward, which recomputes {@code tanh(c)}. All arrays are row-major with the given offsets;
 * {@code gates} may alias {@code pre}. The Vector API version ({@link VectorLstmCell}) runs
 * the sigmoid/tanh lanes through the vector math intrinsics when {@link Simd#enabled()}.
 */
public final class LstmCell {
    private LstmCell() {
    }

    /**
     * LSTM cell forward.
     *
     * @param batch rows
     * @param hidden hidden size H
     * @param pre pre-activations {@code [batch, 4H]}
     * @param cPrev previous cell state {@code [batch, H]}
     * @param gates out: activated gates {@code [batch, 4H]} (i, f, g, o), saved for backward
     * @param c out: new cell state {@code [batch, H]}
     * @param h out: new hidden state {@code [batch, H]}
     */
    public static void forward(int batch, int hidden, float[] pre, int preOff, float[] cPrev, int cPrevOff,
                               float[] gates, int gatesOff, float[] c, int cOff, float[] h, int hOff) {
        if (Simd.enabled()) {
            VectorLstmCell.forward(batch, hidden, pre, preOff, cPrev, cPrevOff, gates, gatesOff, c, cOff, h, hOff);
        } else {
            ScalarLstmCell.forward(batch, hidden, pre, preOff, cPrev, cPrevOff, gates, gatesOff, c, cOff, h, hOff);
        }
    }

    /**
     * LSTM cell backward. With {@code t = tanh(c)} and {@code dc_tot = dc + dh * o * (1 - t^2)}:
     * {@code d pre_i = dc_tot g i (1-i)}, {@code d pre_f = dc_tot c_prev f (1-f)},
     * {@code d pre_g = dc_tot i (1-g^2)}, {@code d pre_o = dh t o (1-o)},
     * {@code d c_prev = dc_tot f}.
     *
     * @param gates the activated gates saved by {@link #forward}
     * @param cPrev previous cell state {@code [batch, H]}
     * @param c cell state computed by {@link #forward}
     * @param dh gradient of the loss w.r.t. {@code h} {@code [batch, H]}
     * @param dc gradient w.r.t. {@code c} from the next step {@code [batch, H]}, or {@code null} for zero
     * @param dPre out: gradient w.r.t. the pre-activations {@code [batch, 4H]}
     * @param dcPrev out: gradient w.r.t. {@code c_prev} {@code [batch, H]}
     */
    public static void backward(int batch, int hidden, float[] gates, int gatesOff, float[] cPrev, int cPrevOff,
                                float[] c, int cOff, float[] dh, int dhOff, float[] dc, int dcOff,
                                float[] dPre, int dPreOff, float[] dcPrev, int dcPrevOff) {
        if (Simd.enabled()) {
            VectorLstmCell.backward(batch, hidden, gates, gatesOff, cPrev, cPrevOff, c, cOff, dh, dhOff, dc, dcOff,
                    dPre, dPreOff, dcPrev, dcPrevOff);
        } else {
            ScalarLstmCell.backward(batch, hidden, gates, gatesOff, cPrev, cPrevOff, c, cOff, dh, dhOff, dc, dcOff,
                    dPre, dPreOff, dcPrev, dcPrevOff);
        }
    }
}
