package io.github.ser4j.nn.io;

import java.io.IOException;

/**
 * A saved state (a module's parameters and buffers, or an optimizer's buffers) that cannot
 * be read or does not fit: bad magic, unsupported version, truncated or damaged content
 * (checksum mismatch), malformed entries. {@link #source()} names the file (or the state
 * being loaded) and {@link #tensorName()} the tensor concerned, when there is one.
 */
public class StateFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String tensorName;

    /** An error in {@code source}, about {@code tensorName} (null when no single tensor is at fault). */
    public StateFileException(String source, String tensorName, String problem) {
        super(source + (tensorName == null ? "" : ", tensor '" + tensorName + "'") + ": " + problem);
        this.source = source;
        this.tensorName = tensorName;
    }

    /** The file or state that failed to load. */
    public String source() {
        return source;
    }

    /** The tensor concerned, or null if the problem is not about one tensor. */
    public String tensorName() {
        return tensorName;
    }
}
