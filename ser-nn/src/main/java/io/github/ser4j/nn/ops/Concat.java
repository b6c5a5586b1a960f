package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * Joins tensors along one axis ({@code torch.cat}); all other axes must agree. Viewing
 * each tensor as {@code [outer, size_i, inner]}, output block {@code o} is the blocks
 * {@code o} of the inputs one after another. Backward: each input gets its slice of {@code g}.
 */
public final class Concat extends Function {
    private final Tensor[] parts;
    private final int outer;
    private final int inner;
    private final int total;

    private Concat(Tensor[] parts, int outer, int inner, int total) {
        super(parts);
        this.parts = parts;
        this.outer = outer;
        this.inner = inner;
        this.total = total;
    }

    /** The tensors joined along {@code axis}. */
    public static Tensor apply(int axis, Tensor... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("concat: no tensors");
        }
        int[] first = parts[0].shape();
        int a = Broadcast.axis("concat", axis, first.length);
        int total = 0;
        for (Tensor t : parts) {
            int[] s = t.shape();
            if (s.length != first.length) {
                throw new IllegalArgumentException("concat: shapes " + Arrays.toString(first) + " and "
                        + Arrays.toString(s) + " differ in rank");
            }
            for (int i = 0; i < s.length; i++) {
                if (i != a && s[i] != first[i]) {
                    throw new IllegalArgumentException("concat along axis " + a + ": shapes " + Arrays.toString(first)
                            + " and " + Arrays.toString(s) + " differ at axis " + i);
                }
            }
            total += s[a];
        }
        int outer = 1;
        for (int i = 0; i < a; i++) {
            outer *= first[i];
        }
        int inner = 1;
        for (int i = a + 1; i < first.length; i++) {
            inner *= first[i];
        }
        int[] os = first.clone();
        os[a] = total;
        Tensor y = Tensor.zeros(os);
        float[] yd = y.data();
        int at = 0;
        for (Tensor t : parts) {
            int run = t.dim(a) * inner;
            for (int o = 0; o < outer; o++) {
                System.arraycopy(t.data(), o * run, yd, o * total * inner + at, run);
            }
            at += run;
        }
        Tensor[] saved = parts.clone();
        return needsGrad(parts) ? new Concat(saved, outer, inner, total).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        int at = 0;
        for (Tensor t : parts) {
            int run = t.numel() / Math.max(outer, 1);
            if (t.requiresGrad()) {
                float[] gt = t.gradOrAllocate();
                for (int o = 0; o < outer; o++) {
                    int src = o * total * inner + at;
                    for (int j = 0; j < run; j++) {
                        gt[o * run + j] += g[src + j];
                    }
                }
            }
            at += run;
        }
    }
}
