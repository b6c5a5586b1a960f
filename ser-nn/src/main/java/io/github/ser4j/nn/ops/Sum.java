package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * Sum over a set of axes ({@code null} or empty: all), optionally keeping them as size 1
 * (PyTorch's {@code keepdim}). Accumulates in double.
 *
 * <p>Backward: every input element received weight 1 in its output element, so
 * {@code dx = g} broadcast back over the summed axes.
 */
public final class Sum extends Function {
    private final Tensor x;
    private final int[] kept;

    private Sum(Tensor x, int[] kept) {
        super(x);
        this.x = x;
        this.kept = kept;
    }

    /** Sum of {@code x} over {@code axes} (negative axes count from the end). */
    public static Tensor apply(Tensor x, int[] axes, boolean keepDim) {
        int[] xs = x.shape();
        boolean[] reduced = reducedAxes("sum", xs.length, axes);
        int[] kept = new int[xs.length];
        int outRank = 0;
        for (int i = 0; i < xs.length; i++) {
            kept[i] = reduced[i] ? 1 : xs[i];
            if (!reduced[i]) {
                outRank++;
            }
        }
        int[] outShape;
        if (keepDim) {
            outShape = kept;
        } else {
            outShape = new int[outRank];
            for (int i = 0, j = 0; i < xs.length; i++) {
                if (!reduced[i]) {
                    outShape[j++] = xs[i];
                }
            }
        }
        Tensor y = Tensor.zeros(outShape);
        double[] acc = new double[y.numel()];
        float[] xd = x.data();
        int[] sx = Broadcast.contiguousStrides(xs);
        int[] sy = Broadcast.strides(kept, xs);
        int len = Broadcast.rowLength(xs);
        int jy = Broadcast.last(sy);
        Broadcast.forEachRow(xs, sx, sy, (o, unused, iy) -> {
            for (int j = 0; j < len; j++) {
                acc[iy + j * jy] += xd[o + j];
            }
        });
        float[] yd = y.data();
        for (int i = 0; i < yd.length; i++) {
            yd[i] = (float) acc[i];
        }
        return needsGrad(x) ? new Sum(x, kept).record(y) : y;
    }

    static boolean[] reducedAxes(String op, int rank, int[] axes) {
        boolean[] reduced = new boolean[rank];
        if (axes == null || axes.length == 0) {
            java.util.Arrays.fill(reduced, true);
        } else {
            for (int a : axes) {
                reduced[Broadcast.axis(op, a, rank)] = true;
            }
        }
        return reduced;
    }

    @Override
    protected void backward(float[] g) {
        int[] xs = x.shape();
        float[] gx = x.gradOrAllocate();
        int[] sx = Broadcast.contiguousStrides(xs);
        int[] sy = Broadcast.strides(kept, xs);
        int len = Broadcast.rowLength(xs);
        int jy = Broadcast.last(sy);
        Broadcast.forEachRow(xs, sx, sy, (o, unused, iy) -> {
            for (int j = 0; j < len; j++) {
                gx[o + j] += g[iy + j * jy];
            }
        });
    }
}
