package io.github.ser4j.data.metrics;

import io.github.ser4j.data.emotion.Emotion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The usual classification metrics, computed as scikit-learn 1.2 computes them with
 * {@code zero_division=0}.
 *
 * <ul>
 *   <li>per class {@code c}: precision {@code tp / (tp + fp)}, recall {@code tp / (tp + fn)},
 *       F1 {@code 2 p r / (p + r)}, support {@code tp + fn}; a zero denominator gives 0;</li>
 *   <li>accuracy: correct / total;</li>
 *   <li>macro averages: the plain mean over classes (every class counts the same);</li>
 *   <li>weighted averages: the mean weighted by support;</li>
 *   <li>UAR, unweighted average recall ({@code balanced_accuracy_score}): the mean recall
 *       over the classes that occur in {@code yTrue}. The standard SER metric, because
 *       unlike accuracy it is not inflated by a large class.</li>
 * </ul>
 *
 * <p>{@link #toText(int)} prints the report in {@code classification_report}'s exact
 * layout.
 */
public final class ClassificationReport {
    private final ConfusionMatrix confusion;
    private final double[] precision;
    private final double[] recall;
    private final double[] f1;
    private final long[] support;

    private ClassificationReport(ConfusionMatrix confusion) {
        this.confusion = confusion;
        int k = confusion.size();
        precision = new double[k];
        recall = new double[k];
        f1 = new double[k];
        support = new long[k];
        for (int c = 0; c < k; c++) {
            long tp = confusion.count(c, c);
            long predicted = confusion.predicted(c);
            support[c] = confusion.support(c);
            precision[c] = predicted == 0 ? 0.0 : tp / (double) predicted;
            recall[c] = support[c] == 0 ? 0.0 : tp / (double) support[c];
            double denom = precision[c] + recall[c];
            // scikit-learn 1.2: (1 + beta^2) p r / (beta^2 p + r), zero denominator -> 0
            f1[c] = denom == 0.0 ? 0.0 : 2.0 * precision[c] * recall[c] / denom;
        }
    }

    /**
     * Computes the metrics.
     *
     * @param yTrue  true class indices
     * @param yPred  predicted class indices
     * @param labels class names, index {@code i} at position {@code i}
     */
    public static ClassificationReport of(int[] yTrue, int[] yPred, List<String> labels) {
        return new ClassificationReport(ConfusionMatrix.of(yTrue, yPred, labels));
    }

    /**
     * Computes the metrics from emotion labels.
     *
     * @param yTrue   true emotions
     * @param yPred   predicted emotions, same length
     * @param classes the classes in report order; every label must be one of them
     * @throws IllegalArgumentException on a label outside {@code classes} or different lengths
     */
    public static ClassificationReport ofEmotions(List<Emotion> yTrue, List<Emotion> yPred, List<Emotion> classes) {
        if (yTrue.size() != yPred.size()) {
            throw new IllegalArgumentException("yTrue has " + yTrue.size() + " labels, yPred " + yPred.size());
        }
        int[] t = new int[yTrue.size()];
        int[] p = new int[yPred.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = indexOf(classes, yTrue.get(i), "yTrue", i);
            p[i] = indexOf(classes, yPred.get(i), "yPred", i);
        }
        return of(t, p, classes.stream().map(Emotion::label).toList());
    }

    private static int indexOf(List<Emotion> classes, Emotion e, String name, int i) {
        int k = classes.indexOf(e);
        if (k < 0) {
            throw new IllegalArgumentException(name + "[" + i + "] = " + e + " is not one of the classes " + classes);
        }
        return k;
    }

    /** Metrics of an existing confusion matrix. */
    public static ClassificationReport of(ConfusionMatrix confusion) {
        return new ClassificationReport(confusion);
    }

    /** The confusion matrix. */
    public ConfusionMatrix confusion() {
        return confusion;
    }

    /** The class names. */
    public List<String> labels() {
        return confusion.labels();
    }

    /** Per-class precision, a copy. */
    public double[] precision() {
        return precision.clone();
    }

    /** Per-class recall, a copy. */
    public double[] recall() {
        return recall.clone();
    }

    /** Per-class F1, a copy. */
    public double[] f1() {
        return f1.clone();
    }

    /** Per-class support (true samples), a copy. */
    public long[] support() {
        return support.clone();
    }

    /** Total number of samples. */
    public long total() {
        return confusion.total();
    }

    /** Share of samples predicted correctly (0 with no samples). */
    public double accuracy() {
        long correct = 0;
        for (int c = 0; c < support.length; c++) {
            correct += confusion.count(c, c);
        }
        long n = total();
        return n == 0 ? 0.0 : correct / (double) n;
    }

    /** Unweighted average recall = balanced accuracy: mean recall over classes present in yTrue. */
    public double uar() {
        double s = 0;
        int present = 0;
        for (int c = 0; c < support.length; c++) {
            if (support[c] > 0) {
                s += recall[c];
                present++;
            }
        }
        return present == 0 ? 0.0 : s / present;
    }

    /** Macro-averaged precision. */
    public double macroPrecision() {
        return mean(precision);
    }

    /** Macro-averaged recall. */
    public double macroRecall() {
        return mean(recall);
    }

    /** Macro-averaged F1 (the mean of per-class F1s, as scikit-learn). */
    public double macroF1() {
        return mean(f1);
    }

    /** Support-weighted precision. */
    public double weightedPrecision() {
        return weighted(precision);
    }

    /** Support-weighted recall. */
    public double weightedRecall() {
        return weighted(recall);
    }

    /** Support-weighted F1. */
    public double weightedF1() {
        return weighted(f1);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private double weighted(double[] x) {
        double s = 0;
        double w = 0;
        for (int c = 0; c < x.length; c++) {
            s += x[c] * support[c];
            w += support[c];
        }
        return w == 0 ? 0.0 : s / w;
    }

    /**
     * The report in scikit-learn's {@code classification_report(..., digits=digits)}
     * layout: a header, one row per class, then accuracy, macro avg and weighted avg.
     * Numbers are rounded half-to-even on their exact binary value, as Python's format does.
     */
    public String toText(int digits) {
        if (digits < 0 || digits > 15) {
            throw new IllegalArgumentException("digits must be in [0, 15], got " + digits);
        }
        int width = Math.max("weighted avg".length(), digits);
        for (String l : labels()) {
            width = Math.max(width, l.length());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(pad("", width)).append(' ');
        for (String h : new String[] {"precision", "recall", "f1-score", "support"}) {
            sb.append(' ').append(pad(h, 9));
        }
        sb.append("\n\n");
        for (int c = 0; c < support.length; c++) {
            row(sb, labels().get(c), width, digits, precision[c], recall[c], f1[c], support[c]);
        }
        sb.append('\n');
        long n = total();
        sb.append(pad("accuracy", width)).append(' ').append(' ').append(pad("", 9)).append(' ')
                .append(pad("", 9)).append(' ').append(pad(fixed(accuracy(), digits), 9)).append(' ')
                .append(pad(Long.toString(n), 9)).append('\n');
        row(sb, "macro avg", width, digits, macroPrecision(), macroRecall(), macroF1(), n);
        row(sb, "weighted avg", width, digits, weightedPrecision(), weightedRecall(), weightedF1(), n);
        return sb.toString();
    }

    /** {@link #toText(int)} with 2 digits, scikit-learn's default. */
    @Override
    public String toString() {
        return toText(2);
    }

    private static void row(StringBuilder sb, String name, int width, int digits, double p, double r, double f,
                            long s) {
        sb.append(pad(name, width)).append(' ');
        for (double v : new double[] {p, r, f}) {
            sb.append(' ').append(pad(fixed(v, digits), 9));
        }
        sb.append(' ').append(pad(Long.toString(s), 9)).append('\n');
    }

    /** Python's {@code format(v, '.Nf')}: exact binary value rounded half-to-even. */
    static String fixed(double v, int digits) {
        return new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
