package io.github.ser4j.nn.attention;

import io.github.ser4j.nn.tensor.Tensor;

/**
 * What {@link MultiheadAttention#attend} returns: the output {@code [B, T, E]} and the
 * attention weights, averaged over heads {@code [B, T, S]} or per head {@code [B, h, T, S]}.
 */
public record AttentionResult(Tensor output, Tensor weights) {
}
