package io.github.ser4j.nn.recurrent;

import io.github.ser4j.nn.kernels.Gemm;
import io.github.ser4j.nn.kernels.LstmCell;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * One direction of one LSTM layer over a whole sequence, forward and backward (BPTT) fused
 * into one autograd node, with PyTorch's equations and gate order {@code i, f, g, o}:
 * <pre>
 *   pre_t = x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh          [B, 4H]
 *   i, f, o = sigmoid(pre_i, pre_f, pre_o),  g = tanh(pre_g)
 *   c_t = f * c_{t-1} + i * g,               h_t = o * tanh(c_t)
 * </pre>
 * Input {@code x [B, T, F]} (batch first), output {@code h [B, T, H]} at each input time
 * position; {@code reverse} runs from {@code t = T-1} down to 0 (the backward half of a
 * bidirectional layer), so its final state is the one at {@code t = 0}.
 *
 * <p>Why one node instead of a graph of small ops: the input projection of all {@code T}
 * steps is a single GEMM ({@code [T*B, F] x [F, 4H]}); each step adds one
 * {@code [B, H] x [H, 4H]} GEMM and one call of the {@link LstmCell} kernel; the backward
 * replays the steps in reverse, producing {@code d pre} for all steps, from which
 * {@code dx}, {@code dW_ih}, {@code dW_hh} and the biases are again single GEMMs and sums.
 * A per-step graph would create some ten nodes and their temporaries per step.
 *
 * <p>The final cell state {@code c_n} is a second output: {@link Result#cN()} is a tensor
 * recorded on its own small node that hands its gradient to this one, so losses may use
 * {@code c_n} as in PyTorch. {@code h_n} is the output at the last processed position.
 */
public final class LstmSequence extends Function {
    /** The hidden states {@code [B, T, H]} and the final states {@code h_n, c_n [B, H]}. */
    public record Result(Tensor output, Tensor hN, Tensor cN) {
    }

    private final Tensor x;
    private final Tensor wIh;
    private final Tensor wHh;
    private final Tensor bIh;
    private final Tensor bHh;
    private final Tensor h0;
    private final Tensor c0;
    private final boolean reverse;
    private final int batch;
    private final int steps;
    private final int in;
    private final int hidden;
    private final float[] xT;     // [T, B, F]
    private final float[] gates;  // [T, B, 4H] activated i, f, g, o
    private final float[] hs;     // [T, B, H]
    private final float[] cs;     // [T, B, H]
    private final float[] hInit;  // [B, H]
    private final float[] cInit;  // [B, H]
    private float[] gradCn;       // dL/dc_n handed over by the c_n node, or null

    private LstmSequence(Tensor x, Tensor wIh, Tensor wHh, Tensor bIh, Tensor bHh, Tensor h0, Tensor c0,
                         boolean reverse, int batch, int steps, int in, int hidden,
                         float[] xT, float[] gates, float[] hs, float[] cs, float[] hInit, float[] cInit) {
        super(x, wIh, wHh, bIh, bHh, h0, c0);
        this.x = x;
        this.wIh = wIh;
        this.wHh = wHh;
        this.bIh = bIh;
        this.bHh = bHh;
        this.h0 = h0;
        this.c0 = c0;
        this.reverse = reverse;
        this.batch = batch;
        this.steps = steps;
        this.in = in;
        this.hidden = hidden;
        this.xT = xT;
        this.gates = gates;
        this.hs = hs;
        this.cs = cs;
        this.hInit = hInit;
        this.cInit = cInit;
    }

    /**
     * Runs the layer direction.
     *
     * @param x       input {@code [B, T, F]}, {@code T >= 1}
     * @param wIh     input weights {@code [4H, F]}
     * @param wHh     recurrent weights {@code [4H, H]}
     * @param bIh     input bias {@code [4H]} or null
     * @param bHh     recurrent bias {@code [4H]} or null
     * @param h0      initial hidden state {@code [B, H]} or null for zeros
     * @param c0      initial cell state {@code [B, H]} or null for zeros
     * @param reverse process the sequence from the last step to the first
     */
    public static Result apply(Tensor x, Tensor wIh, Tensor wHh, Tensor bIh, Tensor bHh, Tensor h0, Tensor c0,
                               boolean reverse) {
        int[] shape = RecurrentInputs.checkInput("LSTM", x, wIh, wHh, bIh, bHh, 4);
        int batch = shape[0];
        int steps = shape[1];
        int in = shape[2];
        int hidden = shape[3];
        int g4 = 4 * hidden;
        float[] hInit = RecurrentInputs.initialState("LSTM", "h0", h0, batch, hidden);
        float[] cInit = RecurrentInputs.initialState("LSTM", "c0", c0, batch, hidden);

        float[] xT = new float[steps * batch * in];
        TimeMajor.fromBatchFirst(x.data(), xT, batch, steps, in);
        // Input projection of every step at once, with both biases folded in.
        float[] gates = new float[steps * batch * g4];
        RecurrentInputs.fillBias(gates, steps * batch, g4, bIh, bHh);
        Gemm.sgemm(false, true, steps * batch, g4, in, 1f, xT, 0, in, wIh.data(), 0, in, 1f, gates, 0, g4);

        float[] hs = new float[steps * batch * hidden];
        float[] cs = new float[steps * batch * hidden];
        float[] whh = wHh.data();
        for (int s = 0; s < steps; s++) {
            int t = reverse ? steps - 1 - s : s;
            int prev = reverse ? t + 1 : t - 1;
            float[] hPrev = s == 0 ? hInit : hs;
            int hPrevOff = s == 0 ? 0 : prev * batch * hidden;
            float[] cPrev = s == 0 ? cInit : cs;
            int cPrevOff = s == 0 ? 0 : prev * batch * hidden;
            if (s > 0 || h0 != null) {
                Gemm.sgemm(false, true, batch, g4, hidden, 1f, hPrev, hPrevOff, hidden, whh, 0, hidden,
                        1f, gates, t * batch * g4, g4);
            }
            // The kernel overwrites the pre-activations with the activated gates (allowed aliasing).
            LstmCell.forward(batch, hidden, gates, t * batch * g4, cPrev, cPrevOff, gates, t * batch * g4,
                    cs, t * batch * hidden, hs, t * batch * hidden);
        }

        Tensor out = Tensor.zeros(batch, steps, hidden);
        TimeMajor.toBatchFirst(hs, out.data(), batch, steps, hidden);
        int last = (reverse ? 0 : steps - 1) * batch * hidden;
        Tensor cN = Tensor.of(Arrays.copyOfRange(cs, last, last + batch * hidden), batch, hidden);
        if (needsGrad(x, wIh, wHh, bIh, bHh, h0, c0)) {
            LstmSequence node = new LstmSequence(x, wIh, wHh, bIh, bHh, h0, c0, reverse, batch, steps, in, hidden,
                    xT, gates, hs, cs, hInit, cInit);
            out = node.record(out);
            cN = FinalCellState.record(node, out, cN);
        }
        Tensor hN = RecurrentInputs.finalHidden(out, reverse);
        return new Result(out, hN, cN);
    }

    /** Called by the c_n node before this node's backward runs. */
    void addFinalCellGradient(float[] g) {
        if (gradCn == null) {
            gradCn = new float[g.length];
        }
        for (int i = 0; i < g.length; i++) {
            gradCn[i] += g[i];
        }
    }

    @Override
    protected void backward(float[] gOut) {
        int g4 = 4 * hidden;
        int bh = batch * hidden;
        float[] gT = new float[steps * bh];
        TimeMajor.fromBatchFirst(gOut, gT, batch, steps, hidden);
        float[] dPre = new float[steps * batch * g4];
        float[] dh = new float[bh];
        float[] dhRec = new float[bh];
        float[] dc = gradCn != null ? gradCn : new float[bh];
        gradCn = null;
        float[] dcPrev = new float[bh];
        float[] whh = wHh.data();
        for (int s = steps - 1; s >= 0; s--) {
            int t = reverse ? steps - 1 - s : s;
            int prev = reverse ? t + 1 : t - 1;
            float[] cPrev = s == 0 ? cInit : cs;
            int cPrevOff = s == 0 ? 0 : prev * bh;
            for (int i = 0; i < bh; i++) {
                dh[i] = gT[t * bh + i] + dhRec[i];
            }
            LstmCell.backward(batch, hidden, gates, t * batch * g4, cPrev, cPrevOff, cs, t * bh, dh, 0, dc, 0,
                    dPre, t * batch * g4, dcPrev, 0);
            float[] swap = dc;
            dc = dcPrev;
            dcPrev = swap;
            if (s > 0 || (h0 != null && h0.requiresGrad())) {
                Gemm.sgemm(false, false, batch, hidden, g4, 1f, dPre, t * batch * g4, g4, whh, 0, hidden,
                        0f, dhRec, 0, hidden);
            }
        }
        if (h0 != null && h0.requiresGrad()) {
            RecurrentInputs.addInto(dhRec, h0.gradOrAllocate());
        }
        if (c0 != null && c0.requiresGrad()) {
            RecurrentInputs.addInto(dc, c0.gradOrAllocate());
        }
        WeightGradients.accumulate(dPre, dPre, xT, hs, hInit, h0 != null, reverse, batch, steps, in, hidden, g4,
                x, wIh, wHh, bIh, bHh);
    }
}
