package io.github.ser4j.data.features;

/** Thrown in strict mode by {@link FeatureExtractor} at the first file that fails. */
public final class FeatureExtractionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ExtractionFailure failure;

    /** An exception for {@code failure}, with the error behind it. */
    public FeatureExtractionException(ExtractionFailure failure, Throwable cause) {
        super("feature extraction failed: " + failure, cause);
        this.failure = failure;
    }

    /** The file and the reason. */
    public ExtractionFailure failure() {
        return failure;
    }
}
