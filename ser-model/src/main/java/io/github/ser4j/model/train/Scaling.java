package io.github.ser4j.model.train;

/**
 * Which statistics standardise the features ({@code z = (x - mean) / scale}, fitted on the
 * training part only).
 */
public enum Scaling {
    /** Features are fed as they are. */
    NONE,
    /**
     * Every value of the flattened sample is its own feature, as scikit-learn's
     * {@code StandardScaler} on {@code X.reshape(n, -1)} (the seeds' vectors of MFCC
     * statistics or frames).
     */
    PER_ELEMENT,
    /**
     * The last axis is time: every row (mel band, coefficient) is one feature, with its mean
     * and scale taken over all training samples and frames. Suits spectrogram inputs, whose
     * statistics do not depend on the frame index.
     */
    PER_ROW
}
