package io.github.ser4j.data.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file found while reading a corpus whose name could not be read as a labelled
 * utterance. It is reported, never guessed.
 *
 * @param path   the file
 * @param reason why, e.g. "RAVDESS song files have no emotion 07 (disgust)"
 */
public record UnparsedFile(Path path, String reason) {
    /** Validates that both fields are present. */
    public UnparsedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
