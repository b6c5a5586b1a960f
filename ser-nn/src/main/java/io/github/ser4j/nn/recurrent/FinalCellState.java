package io.github.ser4j.nn.recurrent;

import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * The autograd node of an LSTM's final cell state {@code c_n}, a second output of a fused
 * {@link LstmSequence}. Its input edge is the sequence output, so the backward pass visits
 * it before the LSTM node; its backward hands {@code dL/dc_n} to the LSTM node, where it
 * seeds the cell-state gradient of the last step, and makes sure the LSTM node runs even if
 * the loss used only {@code c_n}.
 */
final class FinalCellState extends Function {
    private final LstmSequence owner;
    private final Tensor sequence;

    private FinalCellState(LstmSequence owner, Tensor sequence) {
        super(sequence);
        this.owner = owner;
        this.sequence = sequence;
    }

    static Tensor record(LstmSequence owner, Tensor sequence, Tensor cN) {
        return new FinalCellState(owner, sequence).record(cN);
    }

    @Override
    protected void backward(float[] g) {
        owner.addFinalCellGradient(g);
        sequence.gradOrAllocate();
    }
}
