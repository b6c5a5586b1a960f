package io.github.ser4j.cli;

import io.github.ser4j.data.features.ExtractionFailure;
import io.github.ser4j.data.features.ExtractionListener;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal for long per-file jobs ({@code ser features DIR}, feature
 * extraction before training), drawn on standard error by me.tongfei:progressbar. When the
 * process is not attached to a terminal ({@link System#console()} is null: output piped or
 * redirected, tests, CI) nothing is drawn, so logs stay clean; the commands print a summary
 * line instead.
 *
 * <p>It is also an {@link ExtractionListener}, so a
 * {@link io.github.ser4j.data.features.FeatureExtractor} can drive it. Thread-safe.
 */
final class ProgressDisplay implements ExtractionListener, AutoCloseable {
    private final String task;
    private ProgressBar bar;

    /** A display for a task named {@code task} (shown left of the bar). */
    ProgressDisplay(String task) {
        this.task = task;
    }

    /** Whether a bar would be drawn: the JVM has a console (stdin and stdout are a terminal). */
    static boolean onTerminal() {
        return System.console() != null;
    }

    @Override
    public synchronized void started(int total) {
        if (bar == null && onTerminal()) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250).build();
        }
    }

    @Override
    public synchronized void completed(int done, int total, Path path, ExtractionFailure failure) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    /** One more item done. */
    synchronized void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
