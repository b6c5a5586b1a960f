/**
 * What an evaluation leaves behind: the one-line summary
 * ({@link io.github.ser4j.cli.report.SummaryLine}), the JSON summary and full report
 * ({@link io.github.ser4j.cli.report.ReportJson}, written by the small
 * {@link io.github.ser4j.cli.report.Json} writer), the Markdown report
 * ({@link io.github.ser4j.cli.report.ReportMarkdown}), and
 * {@link io.github.ser4j.cli.report.ReportFiles}, which writes them with the plots next to the
 * model under one prefix.
 *
 * <h2>Which figure is which</h2>
 * With several folds the headline UAR, accuracy and macro-F1 are the means over folds (each
 * fold a model scored on unseen speakers), reported with their population standard deviation;
 * {@code n} is the number of test utterances over all folds. The classification report and the
 * confusion matrix are pooled: every fold's test predictions counted together (with k-fold or
 * leave-one-speaker-out, every utterance once). Pooled UAR and mean fold UAR differ when folds
 * differ in size or class balance; both are in the JSON report ({@code uar} and
 * {@code pooled.uar}).
 */
package io.github.ser4j.cli.report;
