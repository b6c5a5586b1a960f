package io.github.ser4j.model.experiment;

import io.github.ser4j.data.metrics.ClassificationReport;
import io.github.ser4j.model.train.History;
import java.util.List;
import java.util.Objects;

/**
 * One trained-and-tested fold of an experiment (or the single evaluation of a saved model).
 *
 * @param fold          the fold number, from 1
 * @param split         the split's description, e.g. {@code "speaker group 5-fold, fold 2/5 (seed 42)"}
 * @param trainExamples training examples (originals and augmented copies); 0 for an evaluation only
 * @param validation    validation utterances (0 when none was carved out)
 * @param test          test utterances scored
 * @param testSpeakers  the speakers of the test part
 * @param report        per-class precision, recall, F1 and the confusion matrix on the test part
 * @param history       the training history (no epochs for an evaluation only)
 * @param seconds       wall time of the fold, feature extraction of copies and training included
 */
public record FoldResult(int fold, String split, int trainExamples, int validation, int test,
                         List<String> testSpeakers, ClassificationReport report, History history, double seconds) {
    /** Validates and copies. */
    public FoldResult {
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(history, "history");
        testSpeakers = List.copyOf(testSpeakers);
    }

    /** UAR, accuracy, macro-F1 and count on the test part. */
    public Scores scores() {
        return Scores.of(report);
    }
}
