package io.github.ser4j.dsp.features;

import java.util.Objects;

/**
 * Local derivatives of a feature along time: {@code librosa.feature.delta(data, width, order,
 * axis=-1, mode='interp')} (librosa 0.9.2), which is {@code scipy.signal.savgol_filter(data,
 * window_length=width, polyorder=order, deriv=order, mode='interp')}.
 *
 * <p>A Savitzky-Golay filter fits, around each frame, a polynomial of degree {@code order} to
 * the {@code width} surrounding values by least squares and returns that polynomial's
 * {@code order}-th derivative at the centre. The fit is linear in the data, so in the interior
 * it is a fixed convolution: for {@code order = 1} the familiar
 * {@code sum_n n x[t+n] / sum_n n^2}. At the edges ({@code mode='interp'}) the first and last
 * {@code width} frames are each fitted once and the fitted polynomial's derivative is evaluated
 * at the {@code width / 2} edge positions. All fitting is done in double.
 */
public final class Delta {
    private Delta() {
    }

    /** {@code librosa.feature.delta(data)}: width 9, first order. */
    public static float[][] compute(float[][] data) {
        return compute(data, 9, 1);
    }

    /**
     * {@code librosa.feature.delta(data, width, order)} along the frame axis.
     *
     * @param data  {@code [coefficient][frame]}
     * @param width odd window length {@code >= 3}, at most the number of frames
     * @param order derivative order {@code >= 1} (also the fitted polynomial's degree)
     * @return {@code [coefficient][frame]}
     */
    public static float[][] compute(float[][] data, int width, int order) {
        Objects.requireNonNull(data, "data");
        if (width < 3 || width % 2 != 1) {
            throw new IllegalArgumentException("width must be an odd integer >= 3, got " + width);
        }
        if (order < 1) {
            throw new IllegalArgumentException("order must be a positive integer, got " + order);
        }
        if (order >= width) {
            throw new IllegalArgumentException("order must be less than width=" + width + ", got " + order);
        }
        int frames = data.length == 0 ? 0 : data[0].length;
        if (data.length > 0 && width > frames) {
            throw new IllegalArgumentException("width=" + width + " cannot exceed the number of frames=" + frames
                    + " (mode='interp')");
        }
        int half = width / 2;
        double[][] g = leastSquaresFit(width, order);
        // interior: y[t] = sum_j c[j] x[t - half + j], c[j] = order! * G[order][j]
        double[] c = new double[width];
        double[][] edge = new double[width][width];
        for (int j = 0; j < width; j++) {
            c[j] = factorial(order) * g[order][j];
        }
        // edges: derivative of the fitted polynomial at window position i (u = i - half)
        for (int i = 0; i < width; i++) {
            double u = i - half;
            for (int j = 0; j < width; j++) {
                double v = 0;
                for (int p = order; p < g.length; p++) {
                    v += g[p][j] * fallingFactorial(p, order) * Math.pow(u, p - order);
                }
                edge[i][j] = v;
            }
        }
        float[][] out = new float[data.length][frames];
        for (int r = 0; r < data.length; r++) {
            float[] x = data[r];
            if (x.length != frames) {
                throw new IllegalArgumentException("row " + r + " has " + x.length + " frames, expected " + frames);
            }
            float[] y = out[r];
            for (int t = half; t < frames - half; t++) {
                double s = 0;
                for (int j = 0; j < width; j++) {
                    s += c[j] * x[t - half + j];
                }
                y[t] = (float) s;
            }
            for (int i = 0; i < half; i++) {
                double head = 0;
                double tail = 0;
                int i2 = width - half + i;
                for (int j = 0; j < width; j++) {
                    head += edge[i][j] * x[j];
                    tail += edge[i2][j] * x[frames - width + j];
                }
                y[i] = (float) head;
                y[frames - half + i] = (float) tail;
            }
        }
        return out;
    }

    /**
     * {@code (A^T A)^{-1} A^T} for {@code A[j][p] = (j - width/2)^p}: row {@code p} maps the
     * window's values to the fitted coefficient of {@code u^p}.
     */
    private static double[][] leastSquaresFit(int width, int degree) {
        int n = degree + 1;
        int half = width / 2;
        double[][] ata = new double[n][n];
        for (int p = 0; p < n; p++) {
            for (int q = 0; q < n; q++) {
                double s = 0;
                for (int j = 0; j < width; j++) {
                    s += Math.pow(j - half, p + q);
                }
                ata[p][q] = s;
            }
        }
        double[][] inv = invert(ata);
        double[][] g = new double[n][width];
        for (int p = 0; p < n; p++) {
            for (int j = 0; j < width; j++) {
                double s = 0;
                for (int q = 0; q < n; q++) {
                    s += inv[p][q] * Math.pow(j - half, q);
                }
                g[p][j] = s;
            }
        }
        return g;
    }

    /** Gauss-Jordan inverse with partial pivoting of a small symmetric positive definite matrix. */
    private static double[][] invert(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n + i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) {
                    piv = r;
                }
            }
            double[] tmp = m[col];
            m[col] = m[piv];
            m[piv] = tmp;
            double d = m[col][col];
            if (d == 0) {
                throw new IllegalArgumentException("polynomial fit is singular (window too short for its degree)");
            }
            for (int k = 0; k < 2 * n; k++) {
                m[col][k] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != col && m[r][col] != 0) {
                    double f = m[r][col];
                    for (int k = 0; k < 2 * n; k++) {
                        m[r][k] -= f * m[col][k];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], n, inv[i], 0, n);
        }
        return inv;
    }

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }

    /** {@code p! / (p - k)!}. */
    private static double fallingFactorial(int p, int k) {
        double f = 1;
        for (int i = 0; i < k; i++) {
            f *= p - i;
        }
        return f;
    }
}
