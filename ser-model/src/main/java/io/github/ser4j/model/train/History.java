package io.github.ser4j.model.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The record of a training run: one {@link EpochMetrics} per epoch trained, the epoch whose
 * weights were kept, and why training ended. Written as CSV (one row per epoch, Keras'
 * {@code CSVLogger} style) or JSON for plots and reports.
 *
 * @param epochs     the epochs trained, in order
 * @param bestEpoch  the epoch (from 1) whose weights the result holds
 * @param stopReason why training ended, e.g. {@code "completed 30 epochs"} or
 *                   {@code "early stopping: val_uar did not improve for 8 epochs"}
 */
public record History(List<EpochMetrics> epochs, int bestEpoch, String stopReason) {
    /** The CSV header. */
    public static final String CSV_HEADER =
            "epoch,train_loss,train_accuracy,val_loss,val_accuracy,val_uar,val_macro_f1,lr";

    /** Validates and copies. */
    public History {
        epochs = List.copyOf(epochs);
        Objects.requireNonNull(stopReason, "stopReason");
        if (!epochs.isEmpty() && (bestEpoch < 1 || bestEpoch > epochs.size())) {
            throw new IllegalArgumentException("bestEpoch " + bestEpoch + " outside [1, " + epochs.size() + "]");
        }
    }

    /** The figures of the kept epoch. */
    public EpochMetrics best() {
        return epochs.get(bestEpoch - 1);
    }

    /** The figures of the last epoch trained. */
    public EpochMetrics last() {
        return epochs.get(epochs.size() - 1);
    }

    /** The history as CSV: {@link #CSV_HEADER}, then one line per epoch; NaN written as {@code nan}. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (EpochMetrics m : epochs) {
            sb.append(m.epoch()).append(',').append(num(m.trainLoss())).append(',').append(num(m.trainAccuracy()))
                    .append(',').append(num(m.valLoss())).append(',').append(num(m.valAccuracy())).append(',')
                    .append(num(m.valUar())).append(',').append(num(m.valMacroF1())).append(',')
                    .append(num(m.learningRate())).append('\n');
        }
        return sb.toString();
    }

    /**
     * The history as a JSON object: {@code {"best_epoch": 7, "stop_reason": "...", "epochs": [{"epoch": 1,
     * "train_loss": ..., ...}, ...]}}; NaN is written as {@code null}.
     */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\n  \"best_epoch\": ").append(bestEpoch)
                .append(",\n  \"stop_reason\": \"").append(escape(stopReason)).append("\",\n  \"epochs\": [");
        for (int i = 0; i < epochs.size(); i++) {
            EpochMetrics m = epochs.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"epoch\": ").append(m.epoch())
                    .append(", \"train_loss\": ").append(json(m.trainLoss()))
                    .append(", \"train_accuracy\": ").append(json(m.trainAccuracy()))
                    .append(", \"val_loss\": ").append(json(m.valLoss()))
                    .append(", \"val_accuracy\": ").append(json(m.valAccuracy()))
                    .append(", \"val_uar\": ").append(json(m.valUar()))
                    .append(", \"val_macro_f1\": ").append(json(m.valMacroF1()))
                    .append(", \"lr\": ").append(json(m.learningRate())).append('}');
        }
        return sb.append(epochs.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /** Writes {@link #toCsv()} to {@code file} (UTF-8). */
    public void writeCsv(Path file) throws IOException {
        Files.writeString(file, toCsv(), StandardCharsets.UTF_8);
    }

    /** Writes {@link #toJson()} to {@code file} (UTF-8). */
    public void writeJson(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    // shortest text that reads back to the same double (Double.toString), lower-case nan
    private static String num(double v) {
        return Double.isNaN(v) ? "nan" : Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : Double.toString(v);
    }

    private static String json(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
