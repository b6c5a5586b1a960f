package io.github.ser4j.nn.recurrent;

import io.github.ser4j.nn.kernels.Gemm;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * The gradients of a recurrent layer's weights, biases and input once the backward pass
 * through time has produced the pre-activation gradients of every step, all in time-major
 * layout. Because the weights are shared by all steps, each gradient is a sum over steps,
 * which is exactly one GEMM over the stacked {@code [T*B, ...]} rows:
 * <pre>
 *   dW_ih = dIn^T  X            dx   = dIn W_ih          db_ih = column sums of dIn
 *   dW_hh = dHid^T H_prev                                db_hh = column sums of dHid
 * </pre>
 * {@code dIn} and {@code dHid} are the gradients with respect to the input-side and
 * hidden-side projections (the same array for the LSTM; they differ for the GRU, whose
 * reset gate multiplies only the hidden-side part of the candidate). {@code H_prev} is the
 * hidden-state sequence shifted by one step, which in time-major layout is the same array
 * at an offset of one block of {@code B} rows.
 */
final class WeightGradients {
    private WeightGradients() {
    }

    static void accumulate(float[] dIn, float[] dHid, float[] xT, float[] hs, float[] hInit, boolean hasH0,
                           boolean reverse, int batch, int steps, int in, int hidden, int g,
                           Tensor x, Tensor wIh, Tensor wHh, Tensor bIh, Tensor bHh) {
        int rows = steps * batch;
        if (wIh.requiresGrad()) {
            Gemm.sgemm(true, false, g, in, rows, 1f, dIn, 0, g, xT, 0, in, 1f, wIh.gradOrAllocate(), 0, in);
        }
        if (bIh != null && bIh.requiresGrad()) {
            TimeMajor.addColumnSums(dIn, rows, g, bIh.gradOrAllocate());
        }
        if (bHh != null && bHh.requiresGrad()) {
            TimeMajor.addColumnSums(dHid, rows, g, bHh.gradOrAllocate());
        }
        if (wHh.requiresGrad()) {
            float[] gw = wHh.gradOrAllocate();
            if (steps > 1) {
                // Step t's previous state is h_{t-1} (forward) or h_{t+1} (reverse): one block of B rows apart.
                int dOff = reverse ? 0 : batch * g;
                int hOff = reverse ? batch * hidden : 0;
                Gemm.sgemm(true, false, g, hidden, (steps - 1) * batch, 1f, dHid, dOff, g, hs, hOff, hidden,
                        1f, gw, 0, hidden);
            }
            if (hasH0) {
                int first = reverse ? steps - 1 : 0;
                Gemm.sgemm(true, false, g, hidden, batch, 1f, dHid, first * batch * g, g, hInit, 0, hidden,
                        1f, gw, 0, hidden);
            }
        }
        if (x.requiresGrad()) {
            float[] dxT = new float[rows * in];
            Gemm.sgemm(false, false, rows, in, g, 1f, dIn, 0, g, wIh.data(), 0, in, 0f, dxT, 0, in);
            TimeMajor.addToBatchFirst(dxT, x.gradOrAllocate(), batch, steps, in);
        }
    }
}
