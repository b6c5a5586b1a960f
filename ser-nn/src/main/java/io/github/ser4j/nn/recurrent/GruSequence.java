package io.github.ser4j.nn.recurrent;

import io.github.ser4j.nn.kernels.Gemm;
import io.github.ser4j.nn.kernels.GruCell;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * One direction of one GRU layer over a whole sequence, forward and backward (BPTT) fused
 * into one autograd node, with PyTorch's equations and gate order {@code r, z, n}:
 * <pre>
 *   gx_t = x_t W_ih^T + b_ih,   gh_t = h_{t-1} W_hh^T + b_hh          [B, 3H] each
 *   r = sigmoid(gx_r + gh_r),   z = sigmoid(gx_z + gh_z)
 *   n = tanh(gx_n + r * gh_n)                                           (b_hn inside the product)
 *   h_t = (1 - z) * n + z * h_{t-1}
 * </pre>
 * Unlike the LSTM, the two projections cannot be summed before the gate math, because the
 * reset gate scales only the hidden-side part of the candidate {@code n}; both are kept,
 * and the backward produces separate gradients for them ({@link WeightGradients}).
 * Input {@code x [B, T, F]} (batch first), output {@code h [B, T, H]}; {@code reverse} runs
 * from the last step to the first. As in {@link LstmSequence}, the input projection of all
 * steps and all weight gradients are single GEMMs; each step adds one recurrent GEMM and
 * one {@link GruCell} kernel call.
 */
public final class GruSequence extends Function {
    /** The hidden states {@code [B, T, H]} and the final state {@code h_n [B, H]}. */
    public record Result(Tensor output, Tensor hN) {
    }

    private final Tensor x;
    private final Tensor wIh;
    private final Tensor wHh;
    private final Tensor bIh;
    private final Tensor bHh;
    private final Tensor h0;
    private final boolean reverse;
    private final int batch;
    private final int steps;
    private final int in;
    private final int hidden;
    private final float[] xT;     // [T, B, F]
    private final float[] gh;     // [T, B, 3H] hidden projections
    private final float[] gates;  // [T, B, 3H] r, z, n
    private final float[] hs;     // [T, B, H]
    private final float[] hInit;  // [B, H]

    private GruSequence(Tensor x, Tensor wIh, Tensor wHh, Tensor bIh, Tensor bHh, Tensor h0, boolean reverse,
                        int batch, int steps, int in, int hidden, float[] xT, float[] gh, float[] gates,
                        float[] hs, float[] hInit) {
        super(x, wIh, wHh, bIh, bHh, h0);
        this.x = x;
        this.wIh = wIh;
        this.wHh = wHh;
        this.bIh = bIh;
        this.bHh = bHh;
        this.h0 = h0;
        this.reverse = reverse;
        this.batch = batch;
        this.steps = steps;
        this.in = in;
        this.hidden = hidden;
        this.xT = xT;
        this.gh = gh;
        this.gates = gates;
        this.hs = hs;
        this.hInit = hInit;
    }

    /**
     * Runs the layer direction.
     *
     * @param x       input {@code [B, T, F]}, {@code T >= 1}
     * @param wIh     input weights {@code [3H, F]}
     * @param wHh     recurrent weights {@code [3H, H]}
     * @param bIh     input bias {@code [3H]} or null
     * @param bHh     recurrent bias {@code [3H]} or null
     * @param h0      initial hidden state {@code [B, H]} or null for zeros
     * @param reverse process the sequence from the last step to the first
     */
    public static Result apply(Tensor x, Tensor wIh, Tensor wHh, Tensor bIh, Tensor bHh, Tensor h0, boolean reverse) {
        int[] shape = RecurrentInputs.checkInput("GRU", x, wIh, wHh, bIh, bHh, 3);
        int batch = shape[0];
        int steps = shape[1];
        int in = shape[2];
        int hidden = shape[3];
        int g3 = 3 * hidden;
        float[] hInit = RecurrentInputs.initialState("GRU", "h0", h0, batch, hidden);

        float[] xT = new float[steps * batch * in];
        TimeMajor.fromBatchFirst(x.data(), xT, batch, steps, in);
        float[] gx = new float[steps * batch * g3];
        RecurrentInputs.fillBias(gx, steps * batch, g3, bIh, null);
        Gemm.sgemm(false, true, steps * batch, g3, in, 1f, xT, 0, in, wIh.data(), 0, in, 1f, gx, 0, g3);

        float[] gh = new float[steps * batch * g3];
        RecurrentInputs.fillBias(gh, steps * batch, g3, bHh, null);
        float[] gates = new float[steps * batch * g3];
        float[] hs = new float[steps * batch * hidden];
        float[] whh = wHh.data();
        for (int s = 0; s < steps; s++) {
            int t = reverse ? steps - 1 - s : s;
            int prev = reverse ? t + 1 : t - 1;
            float[] hPrev = s == 0 ? hInit : hs;
            int hPrevOff = s == 0 ? 0 : prev * batch * hidden;
            if (s > 0 || h0 != null) {
                Gemm.sgemm(false, true, batch, g3, hidden, 1f, hPrev, hPrevOff, hidden, whh, 0, hidden,
                        1f, gh, t * batch * g3, g3);
            }
            GruCell.forward(batch, hidden, gx, t * batch * g3, gh, t * batch * g3, hPrev, hPrevOff,
                    gates, t * batch * g3, hs, t * batch * hidden);
        }

        Tensor out = Tensor.zeros(batch, steps, hidden);
        TimeMajor.toBatchFirst(hs, out.data(), batch, steps, hidden);
        if (needsGrad(x, wIh, wHh, bIh, bHh, h0)) {
            out = new GruSequence(x, wIh, wHh, bIh, bHh, h0, reverse, batch, steps, in, hidden, xT, gh, gates, hs,
                    hInit).record(out);
        }
        return new Result(out, RecurrentInputs.finalHidden(out, reverse));
    }

    @Override
    protected void backward(float[] gOut) {
        int g3 = 3 * hidden;
        int bh = batch * hidden;
        float[] gT = new float[steps * bh];
        TimeMajor.fromBatchFirst(gOut, gT, batch, steps, hidden);
        float[] dgx = new float[steps * batch * g3];
        float[] dgh = new float[steps * batch * g3];
        float[] dh = new float[bh];
        float[] dhRec = new float[bh];
        float[] whh = wHh.data();
        for (int s = steps - 1; s >= 0; s--) {
            int t = reverse ? steps - 1 - s : s;
            int prev = reverse ? t + 1 : t - 1;
            float[] hPrev = s == 0 ? hInit : hs;
            int hPrevOff = s == 0 ? 0 : prev * bh;
            for (int i = 0; i < bh; i++) {
                dh[i] = gT[t * bh + i] + dhRec[i];
            }
            // dhRec receives the direct path dh * z, then the path through W_hh is added.
            GruCell.backward(batch, hidden, gates, t * batch * g3, gh, t * batch * g3, hPrev, hPrevOff, dh, 0,
                    dgx, t * batch * g3, dgh, t * batch * g3, dhRec, 0);
            Gemm.sgemm(false, false, batch, hidden, g3, 1f, dgh, t * batch * g3, g3, whh, 0, hidden,
                    1f, dhRec, 0, hidden);
        }
        if (h0 != null && h0.requiresGrad()) {
            RecurrentInputs.addInto(dhRec, h0.gradOrAllocate());
        }
        WeightGradients.accumulate(dgx, dgh, xT, hs, hInit, h0 != null, reverse, batch, steps, in, hidden, g3,
                x, wIh, wHh, bIh, bHh);
    }
}
