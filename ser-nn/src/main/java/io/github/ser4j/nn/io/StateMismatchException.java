package io.github.ser4j.nn.io;

/**
 * A well-formed saved state that does not fit its target: a tensor with another shape, a
 * tensor the target expects but the state lacks (missing), or one the state holds but the
 * target does not know (unexpected). The message and {@link #tensorName()} name it.
 */
public class StateMismatchException extends StateFileException {
    private static final long serialVersionUID = 1L;

    /** A mismatch in {@code source} about {@code tensorName}. */
    public StateMismatchException(String source, String tensorName, String problem) {
        super(source, tensorName, problem);
    }
}
