package io.github.ser4j.nn.kernels;

/**
 * The element-wise half of one GRU step, PyTorch's formulation, gates in the order
 * {@code r, z, n}. The caller computes {@code gx = x W_ih^T + b_ih} and
 * {@code gh = h_prev W_hh^T + b_hh}, both {@code [batch, 3*hidden]}; then
 *
 * <pre>
 * r = sigmoid(gx_r + gh_r)
 * z = sigmoid(gx_z + gh_z)
 * n = tanh(gx_n + r * gh_n)          (b_hn stays inside the reset product, as in PyTorch)
 * h = (1 - z) * n + z * h_prev
 * </pre>
 *
 * The forward saves {@code r, z, n} ({@code [batch, 3*hidden]}); the backward also needs
 * {@code gh} (for {@code gh_n}). The Vector API version ({@link VectorGruCell}) is used for
 * the forward when {@link Simd#enabled()}; the backward has no transcendental function and
 * is scalar only.
 */
public final class GruCell {
    private GruCell() {
    }

    /**
     * GRU cell forward.
     *
     * @param gx input projection {@code [batch, 3H]} including {@code b_ih}
     * @param gh hidden projection {@code [batch, 3H]} including {@code b_hh}
     * @param hPrev previous hidden state {@code [batch, H]}
     * @param gates out: {@code r, z, n} {@code [batch, 3H]}, saved for backward
     * @param h out: new hidden state {@code [batch, H]}
     */
    public static void forward(int batch, int hidden, float[] gx, int gxOff, float[] gh, int ghOff,
                               float[] hPrev, int hPrevOff, float[] gates, int gatesOff, float[] h, int hOff) {
        if (Simd.enabled()) {
            VectorGruCell.forward(batch, hidden, gx, gxOff, gh, ghOff, hPrev, hPrevOff, gates, gatesOff, h, hOff);
        } else {
            ScalarGruCell.forward(batch, hidden, gx, gxOff, gh, ghOff, hPrev, hPrevOff, gates, gatesOff, h, hOff);
        }
    }

    /**
     * GRU cell backward: with {@code dn' = dh (1-z) (1-n^2)}, {@code dr' = dn' gh_n r (1-r)},
     * {@code dz' = dh (h_prev - n) z (1-z)}:
     * {@code dgx = [dr', dz', dn']}, {@code dgh = [dr', dz', dn' r]}, and the direct part
     * {@code dh_prev = dh z} (the caller adds {@code dgh W_hh}).
     *
     * @param gates {@code r, z, n} saved by {@link #forward}
     * @param gh the hidden projection used by {@link #forward}
     * @param hPrev previous hidden state
     * @param dh gradient w.r.t. {@code h} {@code [batch, H]}
     * @param dgx out: gradient w.r.t. {@code gx} {@code [batch, 3H]}
     * @param dgh out: gradient w.r.t. {@code gh} {@code [batch, 3H]}
     * @param dhPrev out: the direct gradient w.r.t. {@code h_prev} {@code [batch, H]}
     */
    public static void backward(int batch, int hidden, float[] gates, int gatesOff, float[] gh, int ghOff,
                                float[] hPrev, int hPrevOff, float[] dh, int dhOff,
                                float[] dgx, int dgxOff, float[] dgh, int dghOff, float[] dhPrev, int dhPrevOff) {
        for (int b = 0; b < batch; b++) {
            int s = b * hidden;
            int g3 = 3 * s;
            for (int j = 0; j < hidden; j++) {
                float r = gates[gatesOff + g3 + j];
                float z = gates[gatesOff + g3 + hidden + j];
                float n = gates[gatesOff + g3 + 2 * hidden + j];
                float d = dh[dhOff + s + j];
                float hp = hPrev[hPrevOff + s + j];
                float dn = d * (1f - z) * (1f - n * n);
                float dr = dn * gh[ghOff + g3 + 2 * hidden + j] * r * (1f - r);
                float dz = d * (hp - n) * z * (1f - z);
                dgx[dgxOff + g3 + j] = dr;
                dgx[dgxOff + g3 + hidden + j] = dz;
                dgx[dgxOff + g3 + 2 * hidden + j] = dn;
                dgh[dghOff + g3 + j] = dr;
                dgh[dghOff + g3 + hidden + j] = dz;
                dgh[dghOff + g3 + 2 * hidden + j] = dn * r;
                dhPrev[dhPrevOff + s + j] = d * z;
            }
        }
    }
}
