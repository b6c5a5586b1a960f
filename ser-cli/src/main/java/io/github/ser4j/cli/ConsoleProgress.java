package io.github.ser4j.cli;

import io.github.ser4j.data.features.ExtractionFailure;
import io.github.ser4j.data.features.ExtractionListener;
import io.github.ser4j.model.experiment.ExperimentListener;
import io.github.ser4j.model.experiment.FoldResult;
import io.github.ser4j.model.train.EpochMetrics;
import io.github.ser4j.model.train.TrainingListener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of an experiment on standard error: one line per stage; on a terminal a progress
 * bar per extraction and per epoch (its batches, with the running loss, then the epoch's
 * loss, accuracy and validation UAR); elsewhere (a pipe, a log file, a test) one plain line
 * per extraction and per epoch.
 */
final class ConsoleProgress implements ExperimentListener {
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;

    /**
     * @param err      where the lines go
     * @param terminal whether to draw progress bars (on {@link System#err})
     * @param quiet    whether to print only stage lines and fold results
     */
    ConsoleProgress(PrintWriter err, boolean terminal, boolean quiet) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    /** Whether this JVM writes to an interactive terminal. */
    static boolean onTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public void onStage(String message) {
        err.println("* " + message);
        err.flush();
    }

    @Override
    public ExtractionListener extraction(String what) {
        if (quiet) {
            return ExtractionListener.NONE;
        }
        return new ExtractionListener() {
            private ProgressBar bar;
            private int failed;
            private long t0;

            @Override
            public void started(int total) {
                t0 = System.nanoTime();
                if (terminal && total > 0) {
                    bar = bar(what, total);
                }
            }

            @Override
            public void completed(int done, int total, Path path, ExtractionFailure failure) {
                if (failure != null) {
                    failed++;
                }
                if (bar != null) {
                    bar.stepTo(done);
                }
                if (done == total) {
                    if (bar != null) {
                        bar.close();
                        bar = null;
                    }
                    err.printf(Locale.ROOT, "  %s: %d done, %d failed, %.1f s%n", what, total - failed, failed,
                            (System.nanoTime() - t0) / 1e9);
                    err.flush();
                }
            }
        };
    }

    @Override
    public TrainingListener training(String run, int train, int validation, int maxEpochs) {
        err.printf(Locale.ROOT, "  %s: %d training examples, %d validation, up to %d epochs%n", run, train, validation,
                maxEpochs);
        err.flush();
        if (quiet) {
            return TrainingListener.NONE;
        }
        return new TrainingListener() {
            private ProgressBar bar;
            private long t0 = System.nanoTime();

            @Override
            public void onBatch(int epoch, int batch, int batches, double loss) {
                if (!terminal) {
                    return;
                }
                if (bar == null) {
                    String task = String.format(Locale.ROOT, "epoch %d/%d", epoch, maxEpochs);
                    bar = bar("model".equals(run) ? task : run + " " + task, batches);
                }
                bar.stepTo(batch);
                bar.setExtraMessage(String.format(Locale.ROOT, "loss %.3f", loss));
            }

            @Override
            public void onEpoch(EpochMetrics m, int max) {
                String line = epochLine(m);
                if (bar != null) {
                    bar.setExtraMessage(shortLine(m));
                    bar.close();
                    bar = null;
                } else {
                    err.printf(Locale.ROOT, "  %s epoch %d/%d %s %.1f s%n", run, m.epoch(), max, line,
                            (System.nanoTime() - t0) / 1e9);
                    err.flush();
                }
                t0 = System.nanoTime();
            }
        };
    }

    @Override
    public void onFold(FoldResult fold, int folds) {
        if (folds > 1) {
            err.printf(Locale.ROOT, "  fold %d/%d: UAR %.3f accuracy %.3f macro-F1 %.3f n=%d (test: %s)%n", fold.fold(),
                    folds, fold.report().uar(), fold.report().accuracy(), fold.report().macroF1(),
                    fold.report().total(), fold.testSpeakers().size() <= 3 ? String.join(", ", fold.testSpeakers())
                            : fold.testSpeakers().size() + " speakers");
            err.flush();
        }
    }

    /** "loss 0.832 acc 0.712 val_loss 0.901 val_UAR 0.641", validation omitted when absent. */
    static String epochLine(EpochMetrics m) {
        String s = String.format(Locale.ROOT, "loss %.3f acc %.3f", m.trainLoss(), m.trainAccuracy());
        if (Double.isFinite(m.valUar())) {
            s += String.format(Locale.ROOT, " val_loss %.3f val_UAR %.3f", m.valLoss(), m.valUar());
        }
        return s;
    }

    /** The epoch's figures in the few columns a progress bar leaves: "loss 0.83 acc 0.71 vUAR 0.64". */
    static String shortLine(EpochMetrics m) {
        String s = String.format(Locale.ROOT, "loss %.2f acc %.2f", m.trainLoss(), m.trainAccuracy());
        if (Double.isFinite(m.valUar())) {
            s += String.format(Locale.ROOT, " val_UAR %.2f", m.valUar());
        }
        return s;
    }

    private static ProgressBar bar(String task, long max) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).setConsumer(new ConsoleProgressBarConsumer(System.err)).hideEta()
                .build();
    }
}
