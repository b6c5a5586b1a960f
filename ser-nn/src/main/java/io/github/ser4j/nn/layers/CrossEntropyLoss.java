package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.ops.SoftmaxCrossEntropy;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * Cross-entropy loss on logits, as {@code nn.CrossEntropyLoss(weight, label_smoothing)}
 * with {@code reduction='mean'}: the weighted mean divides by the sum of the targets'
 * weights (see {@link SoftmaxCrossEntropy}).
 *
 * @param classWeights per-class weights, or null for equal weights
 * @param labelSmoothing in {@code [0, 1]}
 */
public record CrossEntropyLoss(float[] classWeights, float labelSmoothing) {
    /** Validates the smoothing. */
    public CrossEntropyLoss {
        if (!(labelSmoothing >= 0f && labelSmoothing <= 1f)) {
            throw new IllegalArgumentException("labelSmoothing must be in [0, 1], got " + labelSmoothing);
        }
        classWeights = classWeights == null ? null : classWeights.clone();
    }

    /** Unweighted, no smoothing. */
    public CrossEntropyLoss() {
        this(null, 0f);
    }

    /** The mean loss of {@code logits [batch, classes]} against class indices {@code targets}. */
    public Tensor forward(Tensor logits, int[] targets) {
        return SoftmaxCrossEntropy.apply(logits, targets, classWeights, labelSmoothing);
    }
}
