package io.github.ser4j.model.experiment;

import io.github.ser4j.data.metrics.ClassificationReport;

/**
 * The headline figures of one evaluation: unweighted average recall (the mean of the
 * per-class recalls, the usual SER measure because corpora are unbalanced), accuracy,
 * macro-averaged F1 and the number of utterances scored.
 *
 * @param uar      unweighted average recall, in [0, 1]
 * @param accuracy share of utterances classified correctly, in [0, 1]
 * @param macroF1  unweighted mean of the per-class F1 scores, in [0, 1]
 * @param n        utterances scored
 */
public record Scores(double uar, double accuracy, double macroF1, long n) {
    /** The figures of a classification report. */
    public static Scores of(ClassificationReport report) {
        return new Scores(report.uar(), report.accuracy(), report.macroF1(), report.total());
    }
}
