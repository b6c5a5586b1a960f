package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.SoftmaxKernels;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * Softmax followed by cross-entropy, fused, with PyTorch's {@code F.cross_entropy}
 * semantics for class-index targets, optional class weights {@code w} and label smoothing
 * {@code eps}, {@code reduction='mean'}. With {@code lp = log_softmax(logits)}:
 *
 * <pre>
 * loss_i = (1 - eps) w[y_i] (-lp[i, y_i]) + eps / C * sum_c w[c] (-lp[i, c])
 * loss   = sum_i loss_i / sum_i w[y_i]          (the weighted mean divides by the target weights)
 * dlogits[i, c] = ((1 - eps) w[y_i] (p[i, c] - [c == y_i]) + eps / C (p[i, c] sum_k w[k] - w[c])) / sum_i w[y_i]
 * </pre>
 *
 * Without weights every {@code w[c] = 1}. Fusing avoids forming {@code log(softmax)} and gives
 * the gradient in one pass.
 */
public final class SoftmaxCrossEntropy extends Function {
    private final Tensor logits;
    private final float[] dlogits;

    private SoftmaxCrossEntropy(Tensor logits, float[] dlogits) {
        super(logits);
        this.logits = logits;
        this.dlogits = dlogits;
    }

    /**
     * Mean cross-entropy of {@code logits [N, C]} against class indices {@code targets[N]};
     * {@code weights} ({@code [C]}) may be null; {@code smoothing} in {@code [0, 1]}.
     */
    public static Tensor apply(Tensor logits, int[] targets, float[] weights, float smoothing) {
        if (logits.rank() != 2) {
            throw new IllegalArgumentException("cross_entropy: logits " + Arrays.toString(logits.shape())
                    + " must be [batch, classes]");
        }
        int n = logits.dim(0);
        int c = logits.dim(1);
        if (targets.length != n) {
            throw new IllegalArgumentException("cross_entropy: " + targets.length + " targets for " + n
                    + " rows of logits " + Arrays.toString(logits.shape()));
        }
        if (weights != null && weights.length != c) {
            throw new IllegalArgumentException("cross_entropy: " + weights.length + " class weights for " + c + " classes");
        }
        if (!(smoothing >= 0f && smoothing <= 1f)) {
            throw new IllegalArgumentException("cross_entropy: label smoothing must be in [0, 1], got " + smoothing);
        }
        float[] lp = new float[n * c];
        for (int r = 0; r < n; r++) {
            SoftmaxKernels.logSoftmax(logits.data(), lp, r * c, c, 1);
        }
        double sumAllW = 0;
        for (int k = 0; k < c; k++) {
            sumAllW += weights == null ? 1 : weights[k];
        }
        double loss = 0;
        double denominator = 0;
        for (int i = 0; i < n; i++) {
            int t = targets[i];
            if (t < 0 || t >= c) {
                throw new IllegalArgumentException("cross_entropy: target " + t + " at row " + i + " outside [0, " + c + ")");
            }
            double wt = weights == null ? 1 : weights[t];
            denominator += wt;
            double smooth = 0;
            for (int k = 0; k < c; k++) {
                smooth -= (weights == null ? 1 : weights[k]) * lp[i * c + k];
            }
            loss += (1 - smoothing) * wt * -lp[i * c + t] + smoothing / c * smooth;
        }
        Tensor y = Tensor.scalar((float) (loss / denominator));
        if (!needsGrad(logits)) {
            return y;
        }
        float[] d = new float[n * c];
        for (int i = 0; i < n; i++) {
            int t = targets[i];
            double wt = weights == null ? 1 : weights[t];
            for (int k = 0; k < c; k++) {
                double p = Math.exp(lp[i * c + k]);
                double hard = (1 - smoothing) * wt * (p - (k == t ? 1 : 0));
                double soft = smoothing / c * (p * sumAllW - (weights == null ? 1 : weights[k]));
                d[i * c + k] = (float) ((hard + soft) / denominator);
            }
        }
        return new SoftmaxCrossEntropy(logits, d).record(y);
    }

    @Override
    protected void backward(float[] g) {
        float[] gl = logits.gradOrAllocate();
        float s = g[0];
        for (int i = 0; i < gl.length; i++) {
            gl[i] += s * dlogits[i];
        }
    }

}
