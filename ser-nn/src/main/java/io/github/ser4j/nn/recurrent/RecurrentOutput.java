package io.github.ser4j.nn.recurrent;

/** What {@link RecurrentLayer#forward} returns. */
public enum RecurrentOutput {
    /** The last layer's output at every step, {@code [B, T, D*H]} (PyTorch's {@code output}, Keras' {@code return_sequences=True}). */
    SEQUENCE,
    /**
     * The last layer's output at the last time step, {@code [B, D*H]}: PyTorch's
     * {@code output[:, -1]}. For a bidirectional layer the backward half of this has seen only
     * the last input step.
     */
    LAST_STEP,
    /**
     * The last layer's final states, forward and (if bidirectional) backward concatenated,
     * {@code [B, D*H]}: Keras' {@code return_sequences=False}, where the backward half has
     * seen the whole sequence.
     */
    FINAL_STATE
}
