package io.github.ser4j.nn.kernels;

/**
 * Element-wise nonlinearities over {@code n} contiguous floats: {@code y = f(x)} and the
 * matching backward {@code dx = dy * f'(x)}, written in terms of whichever of x or y is cheaper.
 * Input and output may be the same array (in place).
 *
 * <p>Sigmoid and tanh are dominated by the exponential: the Vector API's lane-wise
 * {@code EXP}/{@code TANH} (vectorised math library intrinsics) run them about 15x (sigmoid)
 * and 20-50x (tanh) faster than {@link Math#exp}/{@link Math#tanh} per element here, so they
 * dispatch to {@link VectorActivations} when {@link Simd#enabled()}. ReLU and the backward
 * formulas are a multiply or a max per element: C2 already vectorises those plain loops and
 * they are memory-bound, so they are scalar only.
 */
public final class Activations {
    private Activations() {
    }

    /** {@code y[i] = 1 / (1 + exp(-x[i]))} for {@code i < n}. */
    public static void sigmoid(float[] x, int xOff, float[] y, int yOff, int n) {
        if (Simd.enabled()) {
            VectorActivations.sigmoid(x, xOff, y, yOff, n);
        } else {
            ScalarActivations.sigmoid(x, xOff, y, yOff, n);
        }
    }

    /** {@code y[i] = tanh(x[i])} for {@code i < n}. */
    public static void tanh(float[] x, int xOff, float[] y, int yOff, int n) {
        if (Simd.enabled()) {
            VectorActivations.tanh(x, xOff, y, yOff, n);
        } else {
            ScalarActivations.tanh(x, xOff, y, yOff, n);
        }
    }

    /** {@code y[i] = max(x[i], 0)}; {@link Math#max} keeps it branch-free (and NaN stays NaN). */
    public static void relu(float[] x, int xOff, float[] y, int yOff, int n) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] = Math.max(x[xOff + i], 0f);
        }
    }

    /** ReLU backward: {@code dx[i] = x[i] > 0 ? dy[i] : 0} (PyTorch: the gradient at 0 is 0). */
    public static void reluBackward(float[] x, int xOff, float[] dy, int dyOff, float[] dx, int dxOff, int n) {
        for (int i = 0; i < n; i++) {
            // A multiply by the 0/1 step instead of a branch: random signs defeat the predictor.
            dx[dxOff + i] = dy[dyOff + i] * (x[xOff + i] > 0f ? 1f : 0f);
        }
    }

    /** Sigmoid backward from the output: {@code dx = dy * y * (1 - y)}. */
    public static void sigmoidBackward(float[] y, int yOff, float[] dy, int dyOff, float[] dx, int dxOff, int n) {
        for (int i = 0; i < n; i++) {
            float v = y[yOff + i];
            dx[dxOff + i] = dy[dyOff + i] * v * (1f - v);
        }
    }

    /** Tanh backward from the output: {@code dx = dy * (1 - y^2)}. */
    public static void tanhBackward(float[] y, int yOff, float[] dy, int dyOff, float[] dx, int dxOff, int n) {
        for (int i = 0; i < n; i++) {
            float v = y[yOff + i];
            dx[dxOff + i] = dy[dyOff + i] * (1f - v * v);
        }
    }
}
