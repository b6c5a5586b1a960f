/**
 * Evaluating a classifier: confusion matrix, per-class and averaged precision, recall and
 * F1, accuracy and unweighted average recall.
 *
 * <p>Everything starts from the {@link io.github.ser4j.data.metrics.ConfusionMatrix}
 * {@code C}, where {@code C[i][j]} counts samples of true class {@code i} predicted as
 * {@code j}. For a class {@code c}: true positives {@code tp = C[c][c]}, false positives
 * {@code fp} = the rest of column {@code c}, false negatives {@code fn} = the rest of row
 * {@code c}. Then
 *
 * <pre>
 *   precision = tp / (tp + fp)       how often a "c" prediction is right
 *   recall    = tp / (tp + fn)       how much of class c is found
 *   F1        = 2 P R / (P + R)      their harmonic mean
 * </pre>
 *
 * <p>Emotion corpora are imbalanced, so accuracy (correct / total) can look good while a
 * small class is never found. The field's headline number is therefore the
 * <b>unweighted average recall</b> (UAR, scikit-learn's balanced accuracy): the mean of the
 * per-class recalls, each class counting the same. Macro averages weight classes equally,
 * weighted averages by support.
 *
 * <p>The numbers follow scikit-learn 1.2 exactly, including {@code zero_division=0} (a
 * class never predicted has precision 0, not NaN), and {@link
 * io.github.ser4j.data.metrics.ClassificationReport#toText(int)} reproduces
 * {@code classification_report}'s text byte for byte, so results can be compared with
 * the Python reference projects. Read {@link
 * io.github.ser4j.data.metrics.ClassificationReport} first.
 */
package io.github.ser4j.data.metrics;
