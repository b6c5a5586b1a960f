package io.github.ser4j.nn.recurrent;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/** Shape checks and small shared steps of the fused recurrent ops. */
final class RecurrentInputs {
    private RecurrentInputs() {
    }

    /**
     * Checks {@code x [B, T, F]}, {@code wIh [G*H, F]}, {@code wHh [G*H, H]}, biases
     * {@code [G*H]} (or null) for {@code gatesPerUnit = G}; returns {@code {B, T, F, H}}.
     */
    static int[] checkInput(String op, Tensor x, Tensor wIh, Tensor wHh, Tensor bIh, Tensor bHh, int gatesPerUnit) {
        if (x.rank() != 3 || x.dim(1) < 1) {
            throw new IllegalArgumentException(op + ": input must be [batch, time, features] with time >= 1, got "
                    + Arrays.toString(x.shape()));
        }
        if (wHh.rank() != 2 || wHh.dim(0) != gatesPerUnit * wHh.dim(1) || wHh.dim(1) < 1) {
            throw new IllegalArgumentException(op + ": weight_hh must be [" + gatesPerUnit + "*hidden, hidden], got "
                    + Arrays.toString(wHh.shape()));
        }
        int hidden = wHh.dim(1);
        if (wIh.rank() != 2 || wIh.dim(0) != gatesPerUnit * hidden || wIh.dim(1) != x.dim(2)) {
            throw new IllegalArgumentException(op + ": weight_ih must be [" + gatesPerUnit * hidden + ", " + x.dim(2)
                    + "] for input " + Arrays.toString(x.shape()) + ", got " + Arrays.toString(wIh.shape()));
        }
        for (Tensor b : new Tensor[] {bIh, bHh}) {
            if (b != null && (b.rank() != 1 || b.dim(0) != gatesPerUnit * hidden)) {
                throw new IllegalArgumentException(op + ": biases must be [" + gatesPerUnit * hidden + "], got "
                        + Arrays.toString(b.shape()));
            }
        }
        return new int[] {x.dim(0), x.dim(1), x.dim(2), hidden};
    }

    /** The initial state's values, or zeros when {@code state} is null; checks the shape {@code [B, H]}. */
    static float[] initialState(String op, String name, Tensor state, int batch, int hidden) {
        if (state == null) {
            return new float[batch * hidden];
        }
        if (state.rank() != 2 || state.dim(0) != batch || state.dim(1) != hidden) {
            throw new IllegalArgumentException(op + ": " + name + " must be [" + batch + ", " + hidden + "], got "
                    + Arrays.toString(state.shape()));
        }
        return state.data();
    }

    /** Fills each of {@code rows} rows of {@code out} with {@code b1 + b2} (either may be null). */
    static void fillBias(float[] out, int rows, int cols, Tensor b1, Tensor b2) {
        if (b1 == null && b2 == null) {
            return;
        }
        float[] sum = new float[cols];
        for (Tensor b : new Tensor[] {b1, b2}) {
            if (b != null) {
                for (int j = 0; j < cols; j++) {
                    sum[j] += b.data()[j];
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            System.arraycopy(sum, 0, out, r * cols, cols);
        }
    }

    /** The output at the last processed position ({@code T-1}, or 0 when reversed) as {@code [B, H]}, differentiably. */
    static Tensor finalHidden(Tensor out, boolean reverse) {
        int t = reverse ? 0 : out.dim(1) - 1;
        return out.slice(1, t, t + 1).reshape(out.dim(0), out.dim(2));
    }

    /** {@code dst += src}. */
    static void addInto(float[] src, float[] dst) {
        for (int i = 0; i < src.length; i++) {
            dst[i] += src[i];
        }
    }
}
