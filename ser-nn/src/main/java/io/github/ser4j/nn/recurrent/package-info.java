/**
 * Recurrent layers: LSTM and GRU over batch-first sequences {@code [B, T, F]}, equivalent to
 * PyTorch's {@code nn.LSTM}/{@code nn.GRU} (same equations, gate order, parameter names and
 * initialisation), multi-layer and bidirectional.
 *
 * <p>Read {@link io.github.ser4j.nn.recurrent.LstmSequence} first. A recurrent layer reads a
 * sequence one step at a time and carries a state: {@code h_t = cell(x_t, h_{t-1})}. The
 * LSTM's cell keeps a second, additive memory {@code c_t = f * c_{t-1} + i * g}; because
 * the gradient flows back through {@code c} multiplied only by the forget gate {@code f},
 * it survives many steps instead of vanishing, which is why LSTMs learn long-range
 * structure such as the prosody of a whole utterance. The GRU
 * ({@link io.github.ser4j.nn.recurrent.GruSequence}) merges the two states into one, with an
 * update gate {@code z} interpolating between the old state and a candidate.
 *
 * <p>Training uses back-propagation through time (BPTT): the forward pass keeps each step's
 * gates and states; the backward pass walks the steps in reverse, carrying
 * {@code dL/dh} and {@code dL/dc} from step {@code t} to {@code t-1}. Each direction of a
 * layer is one fused autograd node: the input projection of all steps is one GEMM, every
 * step is one {@code [B, H] x [H, G*H]} GEMM plus one element-wise cell kernel
 * ({@link io.github.ser4j.nn.kernels.LstmCell}, {@link io.github.ser4j.nn.kernels.GruCell}),
 * and the weight gradients, summed over all steps, are again single GEMMs
 * ({@link io.github.ser4j.nn.recurrent.WeightGradients}). Internally the sequence is kept
 * time-major, {@code [T, B, ...]}, so each step's rows are contiguous.
 *
 * <p>A bidirectional layer runs a second direction from the last step to the first and
 * concatenates both states at each step, so each position sees its past and its future;
 * stacked layers feed one layer's output sequence to the next.
 * {@link io.github.ser4j.nn.recurrent.Lstm} and {@link io.github.ser4j.nn.recurrent.Gru}
 * are the layers; {@link io.github.ser4j.nn.recurrent.RecurrentOutput} chooses between the
 * whole sequence, its last step (PyTorch's {@code output[:, -1]}) and the final states
 * (Keras' {@code return_sequences=False}).
 */
package io.github.ser4j.nn.recurrent;
