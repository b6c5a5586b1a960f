package io.github.ser4j.nn.init;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.random.RandomGenerator;

/**
 * Orthogonal initialisation (Saxe et al., 2014), as {@code torch.nn.init.orthogonal_}: the
 * weight, viewed as {@code rows = shape[0]} by {@code cols = numel / rows}, gets orthonormal
 * rows (or columns, whichever are fewer), scaled by {@code gain}. A Gaussian matrix of the
 * taller orientation is orthonormalised by modified Gram-Schmidt (in double), which is the
 * QR decomposition's Q; the sign convention {@code diag(R) > 0} makes Q uniformly
 * distributed (Haar measure), as PyTorch does with {@code Q *= sign(diag(R))}.
 */
public final class Orthogonal {
    private Orthogonal() {
    }

    /** Fills {@code weight} (rank >= 2) with a scaled (semi-)orthogonal matrix; returns it. */
    public static Tensor init(Tensor weight, double gain, RandomGenerator rng) {
        if (weight.rank() < 2) {
            throw new IllegalArgumentException("orthogonal init needs rank >= 2, got " + weight.rank());
        }
        int rows = weight.dim(0);
        int cols = weight.numel() / rows;
        boolean transpose = rows < cols;
        int tall = transpose ? cols : rows;
        int narrow = transpose ? rows : cols;
        double[][] v = new double[narrow][tall]; // columns of the tall matrix
        for (int r = 0; r < tall; r++) {
            for (int c = 0; c < narrow; c++) {
                v[c][r] = rng.nextGaussian();
            }
        }
        for (int c = 0; c < narrow; c++) {
            for (int p = 0; p < c; p++) {
                double dot = 0;
                for (int r = 0; r < tall; r++) {
                    dot += v[p][r] * v[c][r];
                }
                for (int r = 0; r < tall; r++) {
                    v[c][r] -= dot * v[p][r];
                }
            }
            double norm = 0;
            for (int r = 0; r < tall; r++) {
                norm += v[c][r] * v[c][r];
            }
            norm = Math.sqrt(norm); // = R[c][c] > 0: the sign convention holds by construction
            for (int r = 0; r < tall; r++) {
                v[c][r] /= norm;
            }
        }
        float[] d = weight.data();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                d[i * cols + j] = (float) (gain * (transpose ? v[i][j] : v[j][i]));
            }
        }
        return weight;
    }
}
