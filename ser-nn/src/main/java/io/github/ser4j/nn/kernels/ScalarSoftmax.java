package io.github.ser4j.nn.kernels;

/** Scalar twin of {@link VectorSoftmax}: max, exponentials and sum, scale. */
final class ScalarSoftmax {
    private ScalarSoftmax() {
    }

    static void rows(int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
        for (int r = 0; r < rows; r++) {
            int xr = xOff + r * cols;
            int yr = yOff + r * cols;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                max = Math.max(max, x[xr + j]);
            }
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                float e = (float) Math.exp(x[xr + j] - max);
                y[yr + j] = e;
                sum += e;
            }
            float inv = (float) (1.0 / sum);
            for (int j = 0; j < cols; j++) {
                y[yr + j] *= inv;
            }
        }
    }
}
