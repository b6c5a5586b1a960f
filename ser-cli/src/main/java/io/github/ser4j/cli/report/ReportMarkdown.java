package io.github.ser4j.cli.report;

import io.github.ser4j.data.metrics.ClassificationReport;
import io.github.ser4j.model.experiment.CorpusInfo;
import io.github.ser4j.model.experiment.ExperimentReport;
import io.github.ser4j.model.experiment.FoldResult;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The Markdown report of an {@link ExperimentReport}: the command, the result with its spread
 * over folds, a table per fold, the pooled per-class table and confusion matrix, the plots,
 * the corpora, the model and its feature recipe, and any warnings.
 */
public final class ReportMarkdown {
    private ReportMarkdown() {
    }

    /**
     * The report text.
     *
     * @param commandLine the command that produced it
     * @param files       files written, by role ({@code model}, {@code confusion_png}, {@code curves_png}, ...):
     *                    PNGs are linked by file name, as they sit next to the report
     */
    public static String of(ExperimentReport r, String commandLine, Map<String, String> files) {
        StringBuilder sb = new StringBuilder();
        boolean train = "train".equals(r.kind());
        sb.append("# ser4j ").append(train ? "training" : "evaluation").append(" report\n\n");
        sb.append("Command: `").append(commandLine).append("`\n\n");
        sb.append("- model: `").append(r.model()).append("`, input ").append(Arrays.toString(r.inputShape()))
                .append('\n');
        sb.append("- features: recipe `").append(r.recipe().name()).append("` (hash `")
                .append(r.recipe().hash(), 0, 12).append("`), output ")
                .append(Arrays.toString(r.recipe().outputShape())).append('\n');
        sb.append("- protocol: ").append(r.protocol()).append('\n');
        sb.append("- classes: ").append(String.join(", ", r.labels())).append('\n');
        if (files.containsKey("model")) {
            sb.append("- model file: `").append(files.get("model")).append("`\n");
        }
        sb.append(String.format(Locale.ROOT, "- wall time: %.1f s%n", r.seconds()));

        sb.append("\n## Result\n\n");
        sb.append("| UAR | accuracy | macro-F1 | n |\n|---|---|---|---|\n");
        if (r.folds().size() > 1) {
            sb.append("| ").append(ReportJson.meanStd(r.uar())).append(" | ").append(ReportJson.meanStd(r.accuracy()))
                    .append(" | ").append(ReportJson.meanStd(r.macroF1())).append(" | ").append(r.n()).append(" |\n\n");
            sb.append("Mean ± standard deviation over ").append(r.folds().size()).append(" folds.\n");
        } else {
            sb.append(String.format(Locale.ROOT, "| %.3f | %.3f | %.3f | %d |%n", r.uar().mean(), r.accuracy().mean(),
                    r.macroF1().mean(), r.n()));
        }
        sb.append("\n`").append(SummaryLine.of(r.scores())).append("`\n");

        if (r.folds().size() > 1 || train) {
            sb.append("\n## Folds\n\n| fold | test speakers | train examples | validation | test | UAR | accuracy "
                    + "| macro-F1 | best epoch | stopped |\n|---|---|---|---|---|---|---|---|---|---|\n");
            for (FoldResult f : r.folds()) {
                boolean trained = !f.history().epochs().isEmpty();
                sb.append(String.format(Locale.ROOT, "| %d | %s | %d | %d | %d | %.3f | %.3f | %.3f | %s | %s |%n",
                        f.fold(), speakers(f), f.trainExamples(), f.validation(), f.test(), f.report().uar(),
                        f.report().accuracy(), f.report().macroF1(),
                        trained ? f.history().bestEpoch() + "/" + f.history().epochs().size() : "-",
                        trained ? f.history().stopReason() : "-"));
            }
        }

        sb.append("\n## Classification report").append(r.folds().size() > 1 ? " (all folds' test predictions)" : "")
                .append("\n\n");
        sb.append(perClass(r.pooled()));
        sb.append("\n## Confusion matrix\n\nRows: true class; columns: predicted class.\n\n");
        sb.append(confusion(r.pooled()));
        if (files.containsKey("confusion_png")) {
            sb.append("\n![confusion matrix](").append(fileName(files.get("confusion_png"))).append(")\n");
        }
        if (files.containsKey("curves_png")) {
            sb.append("\n## Training curves\n\n![training curves](").append(fileName(files.get("curves_png")))
                    .append(")\n");
            if (r.finalHistory() != null) {
                sb.append("\nFinal model: trained on all data for ").append(r.finalHistory().epochs().size())
                        .append(" epochs (").append(r.finalHistory().stopReason()).append(").\n");
            }
        }

        sb.append("\n## Corpora\n\n| corpus | utterances | speakers | ")
                .append(String.join(" | ", r.labels())).append(" | unparsed files |\n|---|---|---|")
                .append("---|".repeat(r.labels().size())).append("---|\n");
        for (CorpusInfo c : r.corpora()) {
            sb.append("| ").append(c.name()).append(" | ").append(c.utterances()).append(" | ").append(c.speakers());
            for (String l : r.labels()) {
                sb.append(" | ").append(c.perClass().getOrDefault(l, 0));
            }
            sb.append(" | ").append(c.unparsed()).append(" |\n");
        }
        if (r.train() != null) {
            sb.append("\n## Training settings\n\n");
            ReportJson.trainConfig(r.train()).forEach((k, v) -> sb.append("- ").append(k).append(": ")
                    .append(v instanceof Json.Raw raw ? raw.json() : v).append('\n'));
            sb.append("- augmented copies per training utterance: ").append(r.augmentCopies()).append('\n');
        }
        sb.append("\n## Feature recipe\n\n```\n").append(r.recipe().toText().strip()).append("\n```\n");
        if (!r.warnings().isEmpty()) {
            sb.append("\n## Warnings\n\n");
            r.warnings().forEach(w -> sb.append("- ").append(w).append('\n'));
        }
        return sb.toString();
    }

    private static String speakers(FoldResult f) {
        if (f.testSpeakers().size() <= 4) {
            return String.join(", ", f.testSpeakers());
        }
        return f.testSpeakers().size() + " speakers";
    }

    /** The per-class table with macro and weighted averages. */
    static String perClass(ClassificationReport c) {
        StringBuilder sb = new StringBuilder("| class | precision | recall | F1 | support |\n|---|---|---|---|---|\n");
        for (int i = 0; i < c.labels().size(); i++) {
            sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n", c.labels().get(i),
                    c.precision()[i], c.recall()[i], c.f1()[i], c.support()[i]));
        }
        sb.append(String.format(Locale.ROOT, "| accuracy | | | %.3f | %d |%n", c.accuracy(), c.total()));
        sb.append(String.format(Locale.ROOT, "| macro avg | %.3f | %.3f | %.3f | %d |%n", c.macroPrecision(),
                c.macroRecall(), c.macroF1(), c.total()));
        sb.append(String.format(Locale.ROOT, "| weighted avg | %.3f | %.3f | %.3f | %d |%n", c.weightedPrecision(),
                c.weightedRecall(), c.weightedF1(), c.total()));
        return sb.toString();
    }

    static String confusion(ClassificationReport c) {
        StringBuilder sb = new StringBuilder("| true \\ predicted | ").append(String.join(" | ", c.labels()))
                .append(" |\n|---|").append("---|".repeat(c.labels().size())).append('\n');
        long[][] m = c.confusion().counts();
        for (int i = 0; i < m.length; i++) {
            sb.append("| **").append(c.labels().get(i)).append("** |");
            for (long v : m[i]) {
                sb.append(' ').append(v).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String fileName(String path) {
        return java.nio.file.Path.of(path).getFileName().toString();
    }
}
