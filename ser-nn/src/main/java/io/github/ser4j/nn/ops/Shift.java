package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

/** {@code y = x + c} for a constant {@code c}. Backward: {@code dx = g}. */
public final class Shift extends Function {
    private final Tensor x;

    private Shift(Tensor x) {
        super(x);
        this.x = x;
    }

    /** {@code x + c}. */
    public static Tensor apply(Tensor x, float c) {
        Tensor y = Tensor.zeros(x.shape());
        float[] xd = x.data();
        float[] yd = y.data();
        for (int i = 0; i < yd.length; i++) {
            yd[i] = xd[i] + c;
        }
        return needsGrad(x) ? new Shift(x).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        float[] gx = x.gradOrAllocate();
        for (int i = 0; i < g.length; i++) {
            gx[i] += g[i];
        }
    }
}
