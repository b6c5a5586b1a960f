package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * Element-wise {@code y = a + b} with numpy broadcasting.
 *
 * <p>Backward: dL/da = g, dL/db = g; where an operand was broadcast, its gradient is summed over the
 * repeated axes.
 */
public final class Add extends Function {
    private final Tensor a;
    private final Tensor b;
    private final int[] out;

    private Add(Tensor a, Tensor b, int[] out) {
        super(a, b);
        this.a = a;
        this.b = b;
        this.out = out;
    }

    /** {@code a + b}, broadcast. */
    public static Tensor apply(Tensor a, Tensor b) {
        int[] os = Broadcast.shape("add", a.shape(), b.shape());
        Tensor y = Tensor.zeros(os);
        float[] x1 = a.data();
        float[] x2 = b.data();
        float[] yd = y.data();
        if (Arrays.equals(a.shape(), b.shape())) {
            for (int i = 0; i < yd.length; i++) {
                yd[i] = x1[i] + x2[i];
            }
        } else {
            int[] sa = Broadcast.strides(a.shape(), os);
            int[] sb = Broadcast.strides(b.shape(), os);
            int len = Broadcast.rowLength(os);
            int ja = Broadcast.last(sa);
            int jb = Broadcast.last(sb);
            Broadcast.forEachRow(os, sa, sb, (o, ia, ib) -> {
                for (int j = 0; j < len; j++) {
                    yd[o + j] = x1[ia + j * ja] + x2[ib + j * jb];
                }
            });
        }
        return needsGrad(a, b) ? new Add(a, b, os).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        if (a.requiresGrad()) {
            Broadcast.accumulate(g, out, a, null, 1f);
        }
        if (b.requiresGrad()) {
            Broadcast.accumulate(g, out, b, null, 1f);
        }
    }
}
