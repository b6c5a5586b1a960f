package io.github.ser4j.nn.io;

import java.io.IOException;

/**
 * A {@code .npy} or {@code .npz} file that cannot be read: bad magic, unsupported version
 * or dtype, malformed header, truncated data. The message names the file (and the array
 * inside an archive) and what was wrong with it.
 */
public class NpyFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message that names the source and the problem. */
    public NpyFormatException(String message) {
        super(message);
    }

    /** An exception with a message and the underlying cause. */
    public NpyFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
