package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

/** {@code y = x * s} for a constant {@code s}. Backward: {@code dx = g * s}. */
public final class Scale extends Function {
    private final Tensor x;
    private final float s;

    private Scale(Tensor x, float s) {
        super(x);
        this.x = x;
        this.s = s;
    }

    /** {@code x * s}. */
    public static Tensor apply(Tensor x, float s) {
        Tensor y = Tensor.zeros(x.shape());
        float[] xd = x.data();
        float[] yd = y.data();
        for (int i = 0; i < yd.length; i++) {
            yd[i] = xd[i] * s;
        }
        return needsGrad(x) ? new Scale(x, s).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        float[] gx = x.gradOrAllocate();
        for (int i = 0; i < g.length; i++) {
            gx[i] += g[i] * s;
        }
    }
}
