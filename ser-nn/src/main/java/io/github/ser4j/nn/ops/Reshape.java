package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * The same values under a new shape. Tensors are contiguous, so the output shares the
 * input's data array (a view); one axis may be -1 and is inferred. Backward: {@code dx = g}
 * in the input's shape.
 */
public final class Reshape extends Function {
    private final Tensor x;

    private Reshape(Tensor x) {
        super(x);
        this.x = x;
    }

    /** {@code x} viewed with shape {@code shape}. */
    public static Tensor apply(Tensor x, int... shape) {
        int[] s = shape.clone();
        int infer = -1;
        long known = 1;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == -1) {
                if (infer >= 0) {
                    throw new IllegalArgumentException("reshape: more than one -1 in " + Arrays.toString(shape));
                }
                infer = i;
            } else {
                known *= s[i];
            }
        }
        if (infer >= 0) {
            if (known == 0 || x.numel() % known != 0) {
                throw new IllegalArgumentException("reshape: cannot infer axis " + infer + " of " + Arrays.toString(shape)
                        + " for " + x.numel() + " elements of shape " + Arrays.toString(x.shape()));
            }
            s[infer] = (int) (x.numel() / known);
            known *= s[infer];
        }
        if (known != x.numel()) {
            throw new IllegalArgumentException("reshape: shape " + Arrays.toString(x.shape()) + " (" + x.numel()
                    + " elements) cannot become " + Arrays.toString(shape));
        }
        Tensor y = Tensor.of(x.data(), s);
        return needsGrad(x) ? new Reshape(x).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        float[] gx = x.gradOrAllocate();
        for (int i = 0; i < g.length; i++) {
            gx[i] += g[i];
        }
    }
}
