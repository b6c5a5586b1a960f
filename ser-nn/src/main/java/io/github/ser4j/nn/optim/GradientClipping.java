package io.github.ser4j.nn.optim;

import io.github.ser4j.nn.tensor.Tensor;

/**
 * Rescales gradients so that their global norm does not exceed a bound, as
 * {@code torch.nn.utils.clip_grad_norm_}.
 *
 * <p>The global norm treats all gradients as one long vector:
 * {@code N = (sum over tensors of ||g_t||_p^p))^(1/p)} (for {@code p = inf}, the largest
 * absolute entry). If {@code N > maxNorm}, every gradient is multiplied by
 * {@code maxNorm / (N + 1e-6)}; otherwise they are left alone (PyTorch multiplies by the
 * coefficient clamped at 1, which is the same). The direction of the update is kept; only
 * its length is capped, which tames the exploding gradients of recurrent networks.
 *
 * <p>One deliberate difference: when the norm is not finite (a NaN or infinite gradient),
 * PyTorch by default multiplies every gradient by the resulting NaN; here the gradients are
 * left unchanged and the non-finite norm is returned, so the caller can detect it and skip
 * the step without having lost the gradients' values.
 */
public final class GradientClipping {
    private GradientClipping() {
    }

    /** Clips by the global L2 norm; returns the norm before clipping. */
    public static double clipGradNorm(Iterable<Tensor> params, double maxNorm) {
        return clipGradNorm(params, maxNorm, 2.0);
    }

    /**
     * Clips by the global {@code normType}-norm ({@code Double.POSITIVE_INFINITY} for the max
     * norm); returns the norm before clipping (0 when no parameter has a gradient). Parameters
     * without a gradient are ignored.
     */
    public static double clipGradNorm(Iterable<Tensor> params, double maxNorm, double normType) {
        if (!(maxNorm >= 0) || Double.isInfinite(maxNorm)) {
            throw new IllegalArgumentException("maxNorm must be a finite value >= 0, got " + maxNorm);
        }
        if (!(normType > 0)) {
            throw new IllegalArgumentException("normType must be > 0, got " + normType);
        }
        boolean inf = Double.isInfinite(normType);
        double acc = 0;
        for (Tensor p : params) {
            float[] g = p.grad();
            if (g == null) {
                continue;
            }
            for (float x : g) {
                double a = Math.abs((double) x);
                if (inf) {
                    acc = Math.max(acc, a);
                } else if (normType == 2.0) {
                    acc += a * a;
                } else {
                    acc += Math.pow(a, normType);
                }
            }
        }
        double total = inf ? acc : normType == 2.0 ? Math.sqrt(acc) : Math.pow(acc, 1 / normType);
        double coef = maxNorm / (total + 1e-6);
        if (coef < 1) {
            float c = (float) coef;
            for (Tensor p : params) {
                float[] g = p.grad();
                if (g != null) {
                    for (int i = 0; i < g.length; i++) {
                        g[i] *= c;
                    }
                }
            }
        }
        return total;
    }
}
