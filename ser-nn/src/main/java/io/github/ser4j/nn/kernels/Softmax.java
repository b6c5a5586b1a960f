package io.github.ser4j.nn.kernels;

/**
 * Row-wise softmax over a row-major {@code rows x cols} block:
 * {@code y[r][j] = exp(x[r][j] - max_r) / sum_j exp(x[r][j] - max_r)}. Subtracting the row
 * maximum first (as PyTorch does) keeps every exponent {@code <= 0}, so nothing overflows;
 * the sum is accumulated in double. {@code x} and {@code y} may be the same array.
 *
 * <p>The exponential dominates: the Vector API version ({@link VectorSoftmax}) uses the
 * lane-wise {@code EXP} intrinsic and is used when {@link Simd#enabled()}.
 */
public final class Softmax {
    private Softmax() {
    }

    /**
     * Softmax of each row.
     *
     * @param rows number of rows
     * @param cols row length (at least 1 when {@code rows > 0})
     * @param x input, row {@code r} at {@code xOff + r * cols}
     * @param y output, row {@code r} at {@code yOff + r * cols}
     */
    public static void rows(int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
        if (Simd.enabled()) {
            VectorSoftmax.rows(rows, cols, x, xOff, y, yOff);
        } else {
            ScalarSoftmax.rows(rows, cols, x, xOff, y, yOff);
        }
    }

    /**
     * Softmax backward from the output: {@code dx[j] = y[j] * (dy[j] - sum_i dy[i] y[i])}
     * per row (the Jacobian {@code diag(y) - y y^T} applied to {@code dy}).
     */
    public static void rowsBackward(int rows, int cols, float[] y, int yOff, float[] dy, int dyOff,
                                    float[] dx, int dxOff) {
        for (int r = 0; r < rows; r++) {
            int yr = yOff + r * cols;
            int dyr = dyOff + r * cols;
            int dxr = dxOff + r * cols;
            double dot = 0;
            for (int j = 0; j < cols; j++) {
                dot += (double) dy[dyr + j] * y[yr + j];
            }
            float d = (float) dot;
            for (int j = 0; j < cols; j++) {
                dx[dxr + j] = y[yr + j] * (dy[dyr + j] - d);
            }
        }
    }
}
