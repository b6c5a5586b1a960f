/**
 * The {@code ser} command line, thin over the library: every subcommand parses its options
 * into the library's own configuration records and calls one entry point. Read
 * {@link io.github.ser4j.cli.SerCommand} first, then {@link io.github.ser4j.cli.DemoCommand},
 * which runs the whole pipeline in one go.
 *
 * <h2>Commands</h2>
 * <pre>
 *   ser demo                                   synthetic corpus -&gt; train -&gt; evaluate -&gt; predict
 *   ser corpus scan|synth                      what a corpus folder holds; write the synthetic corpus
 *   ser features FILE|DIR                      librosa-compatible features
 *   ser train --corpus DIR --split speaker --folds 5 --out model.ser
 *                                              io.github.ser4j.model.experiment.Experiment
 *   ser evaluate --model model.ser --corpus DIR     ModelEvaluation: the cross-corpus test
 *   ser predict --model model.ser FILE|DIR [--windows]   EmotionRecognizer
 * </pre>
 *
 * <h2>Conventions</h2>
 * Results go to standard output (text, or one JSON document with {@code --json}); progress
 * and errors go to standard error, so {@code ser train ... --json | jq .uar} works. On a
 * terminal each feature extraction and each epoch draws a progress bar; in a pipe or a log
 * each prints one plain line. {@code train} and {@code evaluate} end with the line
 * {@code UAR 0.812 accuracy 0.825 macro-F1 0.809 n=535} and write, next to the model, the
 * confusion matrix and training curves as PNG ({@link io.github.ser4j.cli.plot}) and a
 * Markdown and a JSON report ({@link io.github.ser4j.cli.report}). Exit codes: 0 success,
 * 1 a run that failed on its input (missing folder, unreadable model), 2 a usage error
 * (unknown option, bad value), reported with the usage text.
 */
package io.github.ser4j.cli;
