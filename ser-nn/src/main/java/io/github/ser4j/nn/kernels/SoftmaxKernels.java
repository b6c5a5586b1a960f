package io.github.ser4j.nn.kernels;

/**
 * Softmax and log-softmax over one vector of {@code n} elements {@code x[off + i * stride]}.
 * The maximum is subtracted before exponentiating (softmax is shift-invariant), so no
 * {@code e^x} overflows; sums are accumulated in double.
 *
 * <p>When the vector is contiguous ({@code stride == 1}) and {@link Simd#enabled()}, softmax
 * and log-softmax run {@link VectorSoftmax} (the exponential through the lane-wise
 * {@code EXP} intrinsic, about 15x faster per element than {@link Math#exp}); the loops here
 * are their scalar twins. The backward passes have no transcendental work and stay scalar.
 */
public final class SoftmaxKernels {
    private SoftmaxKernels() {
    }

    /** {@code y_i = e^(x_i - max) / sum_j e^(x_j - max)}. */
    public static void softmax(float[] x, float[] y, int off, int n, int stride) {
        if (stride == 1 && Simd.enabled()) {
            VectorSoftmax.rows(1, n, x, off, y, off);
        } else {
            softmaxScalar(x, y, off, n, stride);
        }
    }

    /** Scalar twin of {@link #softmax}. */
    static void softmaxScalar(float[] x, float[] y, int off, int n, int stride) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, x[off + i * stride]);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double e = Math.exp(x[off + i * stride] - max);
            y[off + i * stride] = (float) e;
            sum += e;
        }
        float inv = (float) (1.0 / sum);
        for (int i = 0; i < n; i++) {
            y[off + i * stride] *= inv;
        }
    }

    /** {@code y_i = x_i - max - log sum_j e^(x_j - max)}. */
    public static void logSoftmax(float[] x, float[] y, int off, int n, int stride) {
        if (stride == 1 && Simd.enabled()) {
            VectorSoftmax.logRow(x, y, off, n);
        } else {
            logSoftmaxScalar(x, y, off, n, stride);
        }
    }

    /** Scalar twin of {@link #logSoftmax}. */
    static void logSoftmaxScalar(float[] x, float[] y, int off, int n, int stride) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, x[off + i * stride]);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.exp(x[off + i * stride] - max);
        }
        double lse = max + Math.log(sum);
        for (int i = 0; i < n; i++) {
            y[off + i * stride] = (float) (x[off + i * stride] - lse);
        }
    }

    /** Softmax backward: {@code gx_i += y_i (gy_i - sum_j gy_j y_j)}. */
    public static void softmaxBackward(float[] y, float[] gy, float[] gx, int off, int n, int stride) {
        double dot = 0;
        for (int i = 0; i < n; i++) {
            dot += (double) gy[off + i * stride] * y[off + i * stride];
        }
        for (int i = 0; i < n; i++) {
            int k = off + i * stride;
            gx[k] += (float) (y[k] * (gy[k] - dot));
        }
    }

    /** Log-softmax backward: {@code gx_i += gy_i - e^(y_i) sum_j gy_j}. */
    public static void logSoftmaxBackward(float[] y, float[] gy, float[] gx, int off, int n, int stride) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += gy[off + i * stride];
        }
        for (int i = 0; i < n; i++) {
            int k = off + i * stride;
            gx[k] += (float) (gy[k] - Math.exp(y[k]) * sum);
        }
    }
}
