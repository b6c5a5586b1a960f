package io.github.ser4j.cli.report;

import io.github.ser4j.cli.plot.ConfusionMatrixPlot;
import io.github.ser4j.cli.plot.RunCurves;
import io.github.ser4j.cli.plot.TrainingCurvesPlot;
import io.github.ser4j.model.experiment.ExperimentReport;
import io.github.ser4j.model.experiment.FoldResult;
import io.github.ser4j.model.train.EpochMetrics;
import io.github.ser4j.model.train.History;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the files of an evaluation next to each other, named from one prefix: for
 * {@code runs/model} they are {@code runs/model.confusion.png}, {@code runs/model.curves.png}
 * (when something was trained), {@code runs/model.report.md} and {@code runs/model.report.json}.
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** The prefix of the report files of a model file: its path without the extension. */
    public static Path prefixOf(Path modelFile) {
        String name = modelFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return modelFile.resolveSibling(dot > 0 ? name.substring(0, dot) : name);
    }

    /**
     * Writes the plots and reports.
     *
     * @param prefix      path prefix of the files
     * @param commandLine the command that produced the report
     * @param files       files already written (e.g. {@code model}), by role; the new ones are added
     * @return every file, by role, in writing order
     */
    public static Map<String, String> write(ExperimentReport r, Path prefix, String commandLine,
                                            Map<String, String> files) throws IOException {
        Map<String, String> all = new LinkedHashMap<>(files);
        Path parent = prefix.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String base = prefix.getFileName().toString();
        Path confusion = prefix.resolveSibling(base + ".confusion.png");
        ConfusionMatrixPlot.of(r.labels(), r.pooled().confusion().counts(),
                r.folds().size() > 1 ? r.protocol() + ", pooled" : r.protocol()).write(confusion);
        all.put("confusion_png", confusion.toString());
        List<RunCurves> runs = curves(r);
        if (!runs.isEmpty()) {
            Path curves = prefix.resolveSibling(base + ".curves.png");
            TrainingCurvesPlot.of(runs, r.model() + ", " + r.protocol()).write(curves);
            all.put("curves_png", curves.toString());
        }
        Path md = prefix.resolveSibling(base + ".report.md");
        Path json = prefix.resolveSibling(base + ".report.json");
        all.put("report_md", md.toString());
        all.put("report_json", json.toString());
        Files.writeString(md, ReportMarkdown.of(r, commandLine, all));
        Files.writeString(json, Json.write(ReportJson.full(r, commandLine, all), 2) + "\n");
        return all;
    }

    /** The curves of every trained fold and of the final model. */
    static List<RunCurves> curves(ExperimentReport r) {
        List<RunCurves> out = new ArrayList<>();
        for (FoldResult f : r.folds()) {
            if (!f.history().epochs().isEmpty()) {
                out.add(of(r.folds().size() == 1 ? "model" : "fold " + f.fold(), f.history()));
            }
        }
        if (r.finalHistory() != null && !r.finalHistory().epochs().isEmpty()) {
            out.add(of("final (all data)", r.finalHistory()));
        }
        return out;
    }

    /** A history as plot series. */
    public static RunCurves of(String name, History h) {
        List<EpochMetrics> e = h.epochs();
        double[] trainLoss = e.stream().mapToDouble(EpochMetrics::trainLoss).toArray();
        double[] valLoss = e.stream().mapToDouble(EpochMetrics::valLoss).toArray();
        double[] trainAcc = e.stream().mapToDouble(EpochMetrics::trainAccuracy).toArray();
        double[] valUar = e.stream().mapToDouble(EpochMetrics::valUar).toArray();
        return new RunCurves(name, trainLoss, valLoss, trainAcc, valUar, e.isEmpty() ? 0 : h.bestEpoch());
    }
}
