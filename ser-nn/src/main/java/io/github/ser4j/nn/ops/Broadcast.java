package io.github.ser4j.nn.ops;

import java.util.Arrays;

/**
 * numpy broadcasting: shapes are aligned at their last axis; two sizes agree when equal or
 * when one is 1, which is then repeated (stride 0). Ops walk the output one row (the last
 * axis) at a time and read each operand through its own strides.
 */
final class Broadcast {
    private Broadcast() {
    }

    /** Called once per output row with the row's offset in the output and in each operand. */
    interface RowVisitor {
        void row(int out, int a, int b);
    }

    /** The broadcast shape of {@code a} and {@code b}, or an error naming {@code op}, both shapes and the axis. */
    static int[] shape(String op, int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = i - (rank - a.length) >= 0 ? a[i - (rank - a.length)] : 1;
            int db = i - (rank - b.length) >= 0 ? b[i - (rank - b.length)] : 1;
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException(op + ": shapes " + Arrays.toString(a) + " and " + Arrays.toString(b)
                        + " do not broadcast (axis " + (i - rank) + ": " + da + " vs " + db + ")");
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** Strides to read an operand of shape {@code shape} along the axes of {@code out} (0 where repeated). */
    static int[] strides(int[] shape, int[] out) {
        int[] s = new int[out.length];
        int stride = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            int o = out.length - shape.length + i;
            s[o] = shape[i] == 1 ? 0 : stride;
            stride *= shape[i];
        }
        return s;
    }

    /** Row-major strides of a contiguous tensor of this shape. */
    static int[] contiguousStrides(int[] shape) {
        int[] s = new int[shape.length];
        int stride = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = stride;
            stride *= shape[i];
        }
        return s;
    }

    /**
     * Visits every row of {@code out} (rows run along the last axis, length {@code out[last]};
     * inside a row the operands advance by {@code sa[last]} and {@code sb[last]}).
     */
    static void forEachRow(int[] out, int[] sa, int[] sb, RowVisitor visitor) {
        int rank = out.length;
        if (rank <= 1) {
            visitor.row(0, 0, 0);
            return;
        }
        int len = out[rank - 1];
        int rows = 1;
        for (int i = 0; i < rank - 1; i++) {
            rows *= out[i];
        }
        if (len == 0 || rows == 0) {
            return;
        }
        int[] idx = new int[rank - 1];
        int a = 0;
        int b = 0;
        for (int r = 0; r < rows; r++) {
            visitor.row(r * len, a, b);
            for (int d = rank - 2; d >= 0; d--) {
                if (++idx[d] < out[d]) {
                    a += sa[d];
                    b += sb[d];
                    break;
                }
                a -= sa[d] * (out[d] - 1);
                b -= sb[d] * (out[d] - 1);
                idx[d] = 0;
            }
        }
    }

    /** Length of a row in {@link #forEachRow} (1 for rank 0). */
    static int rowLength(int[] out) {
        return out.length == 0 ? 1 : out[out.length - 1];
    }

    /** Stride along the last axis (0 for rank 0). */
    static int last(int[] strides) {
        return strides.length == 0 ? 0 : strides[strides.length - 1];
    }

    /** Normalises a possibly negative axis, or throws naming the op, the axis and the rank. */
    static int axis(String op, int axis, int rank) {
        int a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank) {
            throw new IllegalArgumentException(op + ": axis " + axis + " out of range for rank " + rank);
        }
        return a;
    }

    /**
     * Adds {@code scale * g * other} (or {@code scale * g} when {@code other} is null) into the
     * gradient of {@code target}, summing over the axes along which {@code target} was
     * repeated: the backward pass of broadcasting.
     */
    static void accumulate(float[] g, int[] out, io.github.ser4j.nn.tensor.Tensor target,
                           io.github.ser4j.nn.tensor.Tensor other, float scale) {
        float[] gt = target.gradOrAllocate();
        int[] tShape = target.shape();
        if (other == null && Arrays.equals(tShape, out)) {
            for (int i = 0; i < g.length; i++) {
                gt[i] += scale * g[i];
            }
            return;
        }
        if (other != null && Arrays.equals(tShape, out) && Arrays.equals(other.shape(), out)) {
            float[] od = other.data();
            for (int i = 0; i < g.length; i++) {
                gt[i] += scale * g[i] * od[i];
            }
            return;
        }
        int[] st = strides(tShape, out);
        int[] so = other == null ? new int[out.length] : strides(other.shape(), out);
        int len = rowLength(out);
        int jt = last(st);
        int jo = last(so);
        float[] od = other == null ? null : other.data();
        forEachRow(out, st, so, (o, it, io) -> {
            if (od == null) {
                for (int j = 0; j < len; j++) {
                    gt[it + j * jt] += scale * g[o + j];
                }
            } else {
                for (int j = 0; j < len; j++) {
                    gt[it + j * jt] += scale * g[o + j] * od[io + j * jo];
                }
            }
        });
    }

    /** {@code t} materialised at the broadcast shape {@code out} (t itself when already that shape). */
    static io.github.ser4j.nn.tensor.Tensor expand(io.github.ser4j.nn.tensor.Tensor t, int[] out) {
        if (Arrays.equals(t.shape(), out)) {
            return t;
        }
        io.github.ser4j.nn.tensor.Tensor e = io.github.ser4j.nn.tensor.Tensor.zeros(out);
        float[] ed = e.data();
        float[] td = t.data();
        int[] st = strides(t.shape(), out);
        int len = rowLength(out);
        int jt = last(st);
        forEachRow(out, st, st, (o, it, unused) -> {
            for (int j = 0; j < len; j++) {
                ed[o + j] = td[it + j * jt];
            }
        });
        return e;
    }
}
