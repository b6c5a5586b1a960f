package io.github.ser4j.nn.recurrent;

import io.github.ser4j.nn.tensor.Tensor;

/**
 * Everything a recurrent layer computes, as PyTorch returns it:
 * {@code output [B, T, D*H]} (the last layer's states at every step, directions
 * concatenated), {@code hN [L*D, B, H]} (final hidden state of every layer and direction,
 * index {@code layer * D + direction}), and for an LSTM {@code cN [L*D, B, H]} (null for a GRU).
 */
public record RecurrentResult(Tensor output, Tensor hN, Tensor cN) {
}
