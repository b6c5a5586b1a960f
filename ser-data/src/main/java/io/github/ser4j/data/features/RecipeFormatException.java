package io.github.ser4j.data.features;

/** A recipe text that cannot be parsed: the message names the line and the key. */
public final class RecipeFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message naming the line and the key. */
    public RecipeFormatException(String message) {
        super(message);
    }

    /** An exception with a message and the validation error behind it. */
    public RecipeFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
