package io.github.ser4j.data.features;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file (or an augmented copy of it) whose features could not be extracted.
 *
 * @param path      the audio file
 * @param copyIndex 0 for the original, {@code >= 1} for an augmented copy
 * @param reason    what went wrong, e.g. {@code "not a RIFF/WAVE or AIFF file"}
 */
public record ExtractionFailure(Path path, int copyIndex, String reason) {
    /** Validates the fields. */
    public ExtractionFailure {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return path + (copyIndex > 0 ? " (augmented copy " + copyIndex + ")" : "") + ": " + reason;
    }
}
