package io.github.ser4j.cli.report;

import io.github.ser4j.model.experiment.Scores;
import java.util.Locale;

/**
 * The one-line result every {@code ser train} and {@code ser evaluate} run ends with:
 * <pre>UAR 0.812 accuracy 0.825 macro-F1 0.809 n=535</pre>
 * three decimals, fixed order, so scripts can parse it with one regular expression.
 */
public final class SummaryLine {
    private SummaryLine() {
    }

    /** The summary line of the scores. */
    public static String of(Scores s) {
        return String.format(Locale.ROOT, "UAR %.3f accuracy %.3f macro-F1 %.3f n=%d", s.uar(), s.accuracy(),
                s.macroF1(), s.n());
    }
}
