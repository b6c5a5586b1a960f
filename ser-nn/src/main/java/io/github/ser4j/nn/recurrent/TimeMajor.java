package io.github.ser4j.nn.recurrent;

/**
 * Converts between the batch-first layout of the public API, {@code [B, T, K]}, and the
 * time-major layout the recurrence runs in, {@code [T, B, K]}. In time-major order the
 * {@code B} rows of one time step are contiguous, so each step's GEMM and cell kernel work
 * on one dense {@code [B, K]} block, and the weight gradients of all steps are single GEMMs.
 */
final class TimeMajor {
    private TimeMajor() {
    }

    /** {@code dst[t, b, :] = src[b, t, :]}. */
    static void fromBatchFirst(float[] src, float[] dst, int batch, int steps, int k) {
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < steps; t++) {
                System.arraycopy(src, (b * steps + t) * k, dst, (t * batch + b) * k, k);
            }
        }
    }

    /** {@code dst[b, t, :] = src[t, b, :]}. */
    static void toBatchFirst(float[] src, float[] dst, int batch, int steps, int k) {
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < steps; t++) {
                System.arraycopy(src, (t * batch + b) * k, dst, (b * steps + t) * k, k);
            }
        }
    }

    /** {@code dst[b, t, :] += src[t, b, :]} (accumulates a gradient). */
    static void addToBatchFirst(float[] src, float[] dst, int batch, int steps, int k) {
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < steps; t++) {
                int s = (t * batch + b) * k;
                int d = (b * steps + t) * k;
                for (int j = 0; j < k; j++) {
                    dst[d + j] += src[s + j];
                }
            }
        }
    }

    /** Adds the column sums of the {@code rows x cols} matrix {@code m} into {@code out}. */
    static void addColumnSums(float[] m, int rows, int cols, float[] out) {
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            for (int j = 0; j < cols; j++) {
                out[j] += m[o + j];
            }
        }
    }
}
