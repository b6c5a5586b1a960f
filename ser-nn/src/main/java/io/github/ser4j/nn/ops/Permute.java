package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * Reorders axes: output axis {@code i} is input axis {@code order[i]} (PyTorch's
 * {@code permute}; {@link #transpose} swaps two). The values are copied into the new
 * row-major order. Backward: the gradient is permuted back with the inverse order.
 */
public final class Permute extends Function {
    private final Tensor x;
    private final int[] order;

    private Permute(Tensor x, int[] order) {
        super(x);
        this.x = x;
        this.order = order;
    }

    /** {@code x} with axes reordered by {@code order}. */
    public static Tensor apply(Tensor x, int... order) {
        int rank = x.rank();
        if (order.length != rank) {
            throw new IllegalArgumentException("permute: order " + Arrays.toString(order) + " has " + order.length
                    + " axes, tensor of shape " + Arrays.toString(x.shape()) + " has " + rank);
        }
        int[] p = new int[rank];
        boolean[] used = new boolean[rank];
        for (int i = 0; i < rank; i++) {
            p[i] = Broadcast.axis("permute", order[i], rank);
            if (used[p[i]]) {
                throw new IllegalArgumentException("permute: axis " + p[i] + " repeated in " + Arrays.toString(order));
            }
            used[p[i]] = true;
        }
        int[] xs = x.shape();
        int[] os = new int[rank];
        for (int i = 0; i < rank; i++) {
            os[i] = xs[p[i]];
        }
        Tensor y = Tensor.zeros(os);
        gather(x.data(), xs, p, y.data(), os);
        return needsGrad(x) ? new Permute(x, p).record(y) : y;
    }

    /** {@code x} with axes {@code axis0} and {@code axis1} swapped. */
    public static Tensor transpose(Tensor x, int axis0, int axis1) {
        int rank = x.rank();
        int[] order = new int[rank];
        for (int i = 0; i < rank; i++) {
            order[i] = i;
        }
        int a = Broadcast.axis("transpose", axis0, rank);
        int b = Broadcast.axis("transpose", axis1, rank);
        order[a] = b;
        order[b] = a;
        return apply(x, order);
    }

    /** out (shape os, contiguous) = x read through the permuted strides. */
    private static void gather(float[] xd, int[] xs, int[] p, float[] out, int[] os) {
        int[] sx = Broadcast.contiguousStrides(xs);
        int[] sp = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            sp[i] = sx[p[i]];
        }
        int len = Broadcast.rowLength(os);
        int jx = Broadcast.last(sp);
        Broadcast.forEachRow(os, sp, sp, (o, ix, unused) -> {
            for (int j = 0; j < len; j++) {
                out[o + j] = xd[ix + j * jx];
            }
        });
    }

    @Override
    protected void backward(float[] g) {
        int[] xs = x.shape();
        int[] os = new int[xs.length];
        for (int i = 0; i < xs.length; i++) {
            os[i] = xs[order[i]];
        }
        // the forward gather run backwards: a scatter-add
        float[] gx = x.gradOrAllocate();
        int[] sx = Broadcast.contiguousStrides(xs);
        int[] sp = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            sp[i] = sx[order[i]];
        }
        int len = Broadcast.rowLength(os);
        int jx = Broadcast.last(sp);
        Broadcast.forEachRow(os, sp, sp, (o, ix, unused) -> {
            for (int j = 0; j < len; j++) {
                gx[ix + j * jx] += g[o + j];
            }
        });
    }
}
