package io.github.ser4j.nn.kernels;

/**
 * Batch normalisation over a tensor viewed as {@code [batch, channels, spatial]}: each
 * channel is normalised with statistics over its {@code M = batch * spatial} values,
 * {@code xhat = (x - mean) * invStd}, {@code y = gamma * xhat + beta}.
 *
 * <p>The statistics and the backward are per-channel reductions over rows of
 * {@code spatial} contiguous values: when {@link Simd#enabled()} and a row holds at least one
 * vector, they run {@link VectorBatchNorm} (float lane sums over at most 1024 values, folded
 * into double accumulators, so long rows keep double-like accuracy). The loops here are the
 * scalar twins. {@link #normalize} is one multiply-add per element, which C2 vectorises by
 * itself: scalar only.
 */
public final class BatchNormKernels {
    private BatchNormKernels() {
    }

    /** Per-channel mean and biased variance (divided by M), two passes in double. */
    public static void statistics(float[] x, int batch, int channels, int spatial, float[] mean, float[] variance) {
        if (Simd.enabled() && spatial >= VectorBatchNorm.MIN_SPATIAL) {
            VectorBatchNorm.statistics(x, batch, channels, spatial, mean, variance);
        } else {
            statisticsScalar(x, batch, channels, spatial, mean, variance);
        }
    }

    /** Scalar twin of {@link #statistics}. */
    static void statisticsScalar(float[] x, int batch, int channels, int spatial, float[] mean, float[] variance) {
        long m = (long) batch * spatial;
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            for (int n = 0; n < batch; n++) {
                int base = (n * channels + c) * spatial;
                for (int s = 0; s < spatial; s++) {
                    sum += x[base + s];
                }
            }
            double mu = sum / m;
            double sq = 0;
            for (int n = 0; n < batch; n++) {
                int base = (n * channels + c) * spatial;
                for (int s = 0; s < spatial; s++) {
                    double d = x[base + s] - mu;
                    sq += d * d;
                }
            }
            mean[c] = (float) mu;
            variance[c] = (float) (sq / m);
        }
    }

    /** {@code y = (x - mean[c]) * invStd[c] * gamma[c] + beta[c]}; null gamma/beta mean 1 and 0. */
    public static void normalize(float[] x, int batch, int channels, int spatial, float[] mean, float[] invStd,
                                 float[] gamma, float[] beta, float[] y) {
        for (int n = 0; n < batch; n++) {
            for (int c = 0; c < channels; c++) {
                float scale = invStd[c] * (gamma == null ? 1f : gamma[c]);
                float shift = (beta == null ? 0f : beta[c]) - mean[c] * scale;
                int base = (n * channels + c) * spatial;
                for (int s = 0; s < spatial; s++) {
                    y[base + s] = x[base + s] * scale + shift;
                }
            }
        }
    }

    /**
     * Backward pass. Always {@code dgamma += sum g xhat}, {@code dbeta += sum g}. With batch
     * statistics ({@code training}) the mean and variance depend on x too, giving
     * {@code dx = gamma invStd / M (M g - sum g - xhat sum g xhat)}; with running
     * statistics they are constants and {@code dx = gamma invStd g}. Null outputs are skipped.
     */
    public static void backward(float[] x, float[] g, int batch, int channels, int spatial, float[] mean,
                                float[] invStd, float[] gamma, boolean training,
                                float[] gx, float[] gGamma, float[] gBeta) {
        if (Simd.enabled() && spatial >= VectorBatchNorm.MIN_SPATIAL) {
            VectorBatchNorm.backward(x, g, batch, channels, spatial, mean, invStd, gamma, training, gx, gGamma, gBeta);
        } else {
            backwardScalar(x, g, batch, channels, spatial, mean, invStd, gamma, training, gx, gGamma, gBeta);
        }
    }

    /** Scalar twin of {@link #backward}. */
    static void backwardScalar(float[] x, float[] g, int batch, int channels, int spatial, float[] mean,
                               float[] invStd, float[] gamma, boolean training,
                               float[] gx, float[] gGamma, float[] gBeta) {
        long m = (long) batch * spatial;
        for (int c = 0; c < channels; c++) {
            double sumG = 0;
            double sumGX = 0;
            for (int n = 0; n < batch; n++) {
                int base = (n * channels + c) * spatial;
                for (int s = 0; s < spatial; s++) {
                    float xhat = (x[base + s] - mean[c]) * invStd[c];
                    sumG += g[base + s];
                    sumGX += g[base + s] * xhat;
                }
            }
            if (gGamma != null) {
                gGamma[c] += (float) sumGX;
            }
            if (gBeta != null) {
                gBeta[c] += (float) sumG;
            }
            if (gx == null) {
                continue;
            }
            float k = invStd[c] * (gamma == null ? 1f : gamma[c]);
            float meanG = (float) (sumG / m);
            float meanGX = (float) (sumGX / m);
            for (int n = 0; n < batch; n++) {
                int base = (n * channels + c) * spatial;
                for (int s = 0; s < spatial; s++) {
                    if (training) {
                        float xhat = (x[base + s] - mean[c]) * invStd[c];
                        gx[base + s] += k * (g[base + s] - meanG - xhat * meanGX);
                    } else {
                        gx[base + s] += k * g[base + s];
                    }
                }
            }
        }
    }
}
