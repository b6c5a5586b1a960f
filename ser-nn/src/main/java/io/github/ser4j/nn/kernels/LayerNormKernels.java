package io.github.ser4j.nn.kernels;

/**
 * Layer normalisation of {@code rows} vectors of length {@code d}: each row is normalised
 * with its own mean and biased variance, {@code xhat = (x - mean) / sqrt(var + eps)}, then
 * scaled and shifted per feature, {@code y = gamma * xhat + beta}.
 *
 * <p>When {@link Simd#enabled()} and a row holds at least one vector, both passes run
 * {@link VectorLayerNorm} (row reductions in float lanes folded into double, vector
 * normalise and gradient updates); the loops here are the scalar twins.
 */
public final class LayerNormKernels {
    private LayerNormKernels() {
    }

    /** Forward; stores each row's mean and {@code 1/sqrt(var + eps)} for the backward pass. Null gamma/beta mean 1 and 0. */
    public static void forward(float[] x, float[] y, int rows, int d, float[] gamma, float[] beta, float eps,
                               float[] mean, float[] invStd) {
        if (Simd.enabled() && d >= VectorLayerNorm.MIN_D) {
            VectorLayerNorm.forward(x, y, rows, d, gamma, beta, eps, mean, invStd);
        } else {
            forwardScalar(x, y, rows, d, gamma, beta, eps, mean, invStd);
        }
    }

    /** Scalar twin of {@link #forward}. */
    static void forwardScalar(float[] x, float[] y, int rows, int d, float[] gamma, float[] beta, float eps,
                              float[] mean, float[] invStd) {
        for (int r = 0; r < rows; r++) {
            int base = r * d;
            double sum = 0;
            for (int i = 0; i < d; i++) {
                sum += x[base + i];
            }
            double mu = sum / d;
            double sq = 0;
            for (int i = 0; i < d; i++) {
                double e = x[base + i] - mu;
                sq += e * e;
            }
            float is = (float) (1.0 / Math.sqrt(sq / d + eps));
            mean[r] = (float) mu;
            invStd[r] = is;
            for (int i = 0; i < d; i++) {
                float xhat = (x[base + i] - (float) mu) * is;
                y[base + i] = xhat * (gamma == null ? 1f : gamma[i]) + (beta == null ? 0f : beta[i]);
            }
        }
    }

    /**
     * Backward: with {@code h = g * gamma}, {@code dx = invStd / d (d h - sum h - xhat sum h xhat)};
     * {@code dgamma += sum_rows g xhat}, {@code dbeta += sum_rows g}. Null outputs are skipped.
     */
    public static void backward(float[] x, float[] g, int rows, int d, float[] gamma, float[] mean, float[] invStd,
                                float[] gx, float[] gGamma, float[] gBeta) {
        if (Simd.enabled() && d >= VectorLayerNorm.MIN_D) {
            VectorLayerNorm.backward(x, g, rows, d, gamma, mean, invStd, gx, gGamma, gBeta);
        } else {
            backwardScalar(x, g, rows, d, gamma, mean, invStd, gx, gGamma, gBeta);
        }
    }

    /** Scalar twin of {@link #backward}. */
    static void backwardScalar(float[] x, float[] g, int rows, int d, float[] gamma, float[] mean, float[] invStd,
                               float[] gx, float[] gGamma, float[] gBeta) {
        for (int r = 0; r < rows; r++) {
            int base = r * d;
            double sumH = 0;
            double sumHX = 0;
            for (int i = 0; i < d; i++) {
                float xhat = (x[base + i] - mean[r]) * invStd[r];
                float h = g[base + i] * (gamma == null ? 1f : gamma[i]);
                sumH += h;
                sumHX += h * xhat;
                if (gGamma != null) {
                    gGamma[i] += g[base + i] * xhat;
                }
                if (gBeta != null) {
                    gBeta[i] += g[base + i];
                }
            }
            if (gx == null) {
                continue;
            }
            float meanH = (float) (sumH / d);
            float meanHX = (float) (sumHX / d);
            for (int i = 0; i < d; i++) {
                float xhat = (x[base + i] - mean[r]) * invStd[r];
                float h = g[base + i] * (gamma == null ? 1f : gamma[i]);
                gx[base + i] += invStd[r] * (h - meanH - xhat * meanHX);
            }
        }
    }
}
