package io.github.ser4j.nn.recurrent;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.random.RandomGenerator;

/**
 * A (multi-layer, optionally bidirectional) GRU over batch-first sequences, equivalent to
 * PyTorch's {@code nn.GRU(input_size, hidden_size, num_layers, bias, batch_first=True,
 * dropout, bidirectional)} with the same parameter names and shapes. Each layer direction
 * runs as one fused {@link GruSequence} node. {@link RecurrentResult#cN()} is null.
 */
public final class Gru extends RecurrentLayer {
    /** A GRU with parameters drawn from {@code rng} as PyTorch initialises them. */
    public Gru(RecurrentConfig config, RandomGenerator rng) {
        super(config, 3, rng);
    }

    @Override
    Tensor[] runDirection(Tensor input, Tensor[] w, Tensor h0, Tensor c0, boolean reverse) {
        GruSequence.Result r = GruSequence.apply(input, w[0], w[1], w[2], w[3], h0, reverse);
        return new Tensor[] {r.output(), r.hN(), null};
    }

    @Override
    boolean hasCellState() {
        return false;
    }
}
