/**
 * Plots of an evaluation, drawn with Java2D into PNG files: the confusion matrix as a heat
 * map and the training curves (loss and UAR per epoch). No display is needed: the classes
 * switch AWT to headless mode before the first image is made.
 *
 * <h2>Confusion matrix</h2>
 * Row {@code i}, column {@code j} counts the utterances of true class {@code i} predicted as
 * {@code j}. Each cell shows its count; its shade is the row-normalised value
 * {@code c[i][j] / sum_j c[i][j]}, the share of class {@code i} that went to {@code j}, so
 * that a rare class with few utterances is as readable as a frequent one. The diagonal of
 * the normalised matrix holds the per-class recalls, whose mean is the UAR.
 *
 * <h2>Training curves</h2>
 * Two panels: the losses (training and validation cross-entropy) and the scores (validation
 * UAR and training accuracy) per epoch, one colour per run (fold or final model), one line
 * style per quantity. Axis ticks are "nice" numbers, 1, 2 or 5 times a power of ten
 * ({@link io.github.ser4j.cli.plot.AxisTicks}).
 *
 * <p>Read {@link io.github.ser4j.cli.plot.ConfusionMatrixPlot} first.
 */
package io.github.ser4j.cli.plot;
