package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * Elements {@code start..end-1} along one axis ({@code x[..., start:end, ...]}), copied.
 * Viewing the tensor as {@code [outer, size, inner]} around that axis, each outer block
 * contributes one contiguous run. Backward: {@code g} is added into the same run of
 * {@code dx}; the rest of {@code dx} gets nothing.
 */
public final class Slice extends Function {
    private final Tensor x;
    private final int outer;
    private final int size;
    private final int inner;
    private final int start;
    private final int length;

    private Slice(Tensor x, int outer, int size, int inner, int start, int length) {
        super(x);
        this.x = x;
        this.outer = outer;
        this.size = size;
        this.inner = inner;
        this.start = start;
        this.length = length;
    }

    /** {@code x[start:end]} along {@code axis}. */
    public static Tensor apply(Tensor x, int axis, int start, int end) {
        int[] xs = x.shape();
        int a = Broadcast.axis("slice", axis, xs.length);
        if (start < 0 || end > xs[a] || start > end) {
            throw new IllegalArgumentException("slice: range [" + start + ", " + end + ") out of bounds for axis " + a
                    + " of shape " + Arrays.toString(xs));
        }
        int outer = 1;
        for (int i = 0; i < a; i++) {
            outer *= xs[i];
        }
        int inner = 1;
        for (int i = a + 1; i < xs.length; i++) {
            inner *= xs[i];
        }
        int[] os = xs.clone();
        os[a] = end - start;
        Tensor y = Tensor.zeros(os);
        float[] xd = x.data();
        float[] yd = y.data();
        int run = (end - start) * inner;
        for (int o = 0; o < outer; o++) {
            System.arraycopy(xd, (o * xs[a] + start) * inner, yd, o * run, run);
        }
        return needsGrad(x) ? new Slice(x, outer, xs[a], inner, start, end - start).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        float[] gx = x.gradOrAllocate();
        int run = length * inner;
        for (int o = 0; o < outer; o++) {
            int base = (o * size + start) * inner;
            for (int j = 0; j < run; j++) {
                gx[base + j] += g[o * run + j];
            }
        }
    }
}
