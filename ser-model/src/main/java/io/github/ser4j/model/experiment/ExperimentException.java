package io.github.ser4j.model.experiment;

/**
 * An experiment that cannot run or finish for a reason the user can fix: a missing corpus
 * folder, a folder with no recognised utterances, fewer than two emotions to tell apart, a
 * protocol that needs more speakers or corpora than given. The message names the folder,
 * field or value.
 */
public class ExperimentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with the given message. */
    public ExperimentException(String message) {
        super(message);
    }

    /** An exception with the given message and cause. */
    public ExperimentException(String message, Throwable cause) {
        super(message, cause);
    }
}
