package io.github.ser4j.model.bundle;

import java.io.IOException;

/**
 * A model bundle file that cannot be used, with the file and what is wrong with it, e.g.
 * {@code "model.ser4j: checksum mismatch: the content's SHA-256 is 3fa0..., the file
 * records 9b1c... (the file is damaged)"}. {@link #problem()} classifies the fault.
 */
public final class BundleFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The kinds of fault. */
    public enum Problem {
        /** The file does not start with the bundle magic: some other kind of file. */
        NOT_A_BUNDLE,
        /** A bundle format version this library does not read. */
        UNSUPPORTED_VERSION,
        /** The file ends before the length its header declares. */
        TRUNCATED,
        /** The content does not match its recorded SHA-256: the file was altered or damaged. */
        CHECKSUM_MISMATCH,
        /** The checksum holds but the content is not a valid bundle (bad section, length or value). */
        MALFORMED,
        /** The architecture names a network the model zoo does not know. */
        UNKNOWN_ARCHITECTURE,
        /** The weights do not fit the network the architecture describes. */
        WEIGHTS_MISMATCH
    }

    private final String file;
    private final Problem problem;

    /**
     * @param file    the file (or source name)
     * @param problem the kind of fault
     * @param detail  what exactly is wrong
     */
    public BundleFormatException(String file, Problem problem, String detail) {
        this(file, problem, detail, null);
    }

    /** As {@link #BundleFormatException(String, Problem, String)}, with the underlying cause. */
    public BundleFormatException(String file, Problem problem, String detail, Throwable cause) {
        super(file + ": " + describe(problem) + ": " + detail, cause);
        this.file = file;
        this.problem = problem;
    }

    private static String describe(Problem p) {
        return switch (p) {
            case NOT_A_BUNDLE -> "not a ser4j model bundle";
            case UNSUPPORTED_VERSION -> "unsupported bundle version";
            case TRUNCATED -> "truncated bundle";
            case CHECKSUM_MISMATCH -> "checksum mismatch";
            case MALFORMED -> "malformed bundle";
            case UNKNOWN_ARCHITECTURE -> "unknown architecture";
            case WEIGHTS_MISMATCH -> "weights do not fit the architecture";
        };
    }

    /** The file (or source name). */
    public String file() {
        return file;
    }

    /** The kind of fault. */
    public Problem problem() {
        return problem;
    }
}
