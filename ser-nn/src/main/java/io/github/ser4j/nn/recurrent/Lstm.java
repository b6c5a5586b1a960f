package io.github.ser4j.nn.recurrent;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.random.RandomGenerator;

/**
 * A (multi-layer, optionally bidirectional) LSTM over batch-first sequences, equivalent to
 * PyTorch's {@code nn.LSTM(input_size, hidden_size, num_layers, bias, batch_first=True,
 * dropout, bidirectional)} with the same parameter names and shapes, so weights load
 * directly from a PyTorch {@code state_dict}. Each layer direction runs as one fused
 * {@link LstmSequence} node.
 */
public final class Lstm extends RecurrentLayer {
    /** An LSTM with parameters drawn from {@code rng} as PyTorch initialises them. */
    public Lstm(RecurrentConfig config, RandomGenerator rng) {
        super(config, 4, rng);
    }

    @Override
    Tensor[] runDirection(Tensor input, Tensor[] w, Tensor h0, Tensor c0, boolean reverse) {
        LstmSequence.Result r = LstmSequence.apply(input, w[0], w[1], w[2], w[3], h0, c0, reverse);
        return new Tensor[] {r.output(), r.hN(), r.cN()};
    }

    @Override
    boolean hasCellState() {
        return true;
    }
}
