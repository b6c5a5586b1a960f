package io.github.ser4j.nn.recurrent;

/**
 * Shape and options of an {@link Lstm} or {@link Gru}, as the arguments of PyTorch's
 * {@code nn.LSTM}/{@code nn.GRU} with {@code batch_first=True}.
 *
 * @param inputSize     features per input step {@code F}, {@code >= 1}
 * @param hiddenSize    hidden units per direction {@code H}, {@code >= 1}
 * @param numLayers     stacked layers, {@code >= 1}; layer k+1 reads layer k's output sequence
 * @param bidirectional also run each layer from the last step to the first and concatenate
 * @param bias          whether the layers have {@code bias_ih}/{@code bias_hh}
 * @param dropout       dropout probability on each layer's output except the last, in training, in [0, 1)
 * @param output        what {@code forward} returns
 */
public record RecurrentConfig(int inputSize, int hiddenSize, int numLayers, boolean bidirectional, boolean bias,
                              float dropout, RecurrentOutput output) {
    /** Validates every field. */
    public RecurrentConfig {
        if (inputSize < 1 || hiddenSize < 1 || numLayers < 1) {
            throw new IllegalArgumentException("inputSize, hiddenSize and numLayers must be >= 1, got "
                    + inputSize + ", " + hiddenSize + ", " + numLayers);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (output == null) {
            throw new IllegalArgumentException("output must not be null");
        }
    }

    /** One unidirectional layer with biases, no dropout, returning the sequence (PyTorch's defaults). */
    public static RecurrentConfig of(int inputSize, int hiddenSize) {
        return new RecurrentConfig(inputSize, hiddenSize, 1, false, true, 0f, RecurrentOutput.SEQUENCE);
    }

    /** A copy with {@code numLayers} layers. */
    public RecurrentConfig withLayers(int numLayers) {
        return new RecurrentConfig(inputSize, hiddenSize, numLayers, bidirectional, bias, dropout, output);
    }

    /** A copy that is bidirectional. */
    public RecurrentConfig withBidirectional(boolean bidirectional) {
        return new RecurrentConfig(inputSize, hiddenSize, numLayers, bidirectional, bias, dropout, output);
    }

    /** A copy returning {@code output}. */
    public RecurrentConfig withOutput(RecurrentOutput output) {
        return new RecurrentConfig(inputSize, hiddenSize, numLayers, bidirectional, bias, dropout, output);
    }

    /** A copy with inter-layer dropout {@code dropout}. */
    public RecurrentConfig withDropout(float dropout) {
        return new RecurrentConfig(inputSize, hiddenSize, numLayers, bidirectional, bias, dropout, output);
    }

    /** Number of directions, 1 or 2. */
    public int directions() {
        return bidirectional ? 2 : 1;
    }
}
