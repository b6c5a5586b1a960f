package io.github.ser4j.data.features;

import java.nio.file.Path;

/**
 * Progress of a {@link FeatureExtractor} run, for a progress bar or a log. The extractor calls
 * these methods one at a time (never concurrently), from its worker threads.
 */
public interface ExtractionListener {
    /** A listener that ignores everything. */
    ExtractionListener NONE = new ExtractionListener() {
    };

    /** The run starts with {@code total} examples to extract. */
    default void started(int total) {
    }

    /**
     * One example is done.
     *
     * @param done    examples done so far, including this one
     * @param total   examples in the run
     * @param path    its audio file
     * @param failure why it failed, or null when it succeeded
     */
    default void completed(int done, int total, Path path, ExtractionFailure failure) {
    }
}
