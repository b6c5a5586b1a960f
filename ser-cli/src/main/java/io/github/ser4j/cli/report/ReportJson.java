package io.github.ser4j.cli.report;

import io.github.ser4j.data.metrics.ClassificationReport;
import io.github.ser4j.model.experiment.CorpusInfo;
import io.github.ser4j.model.experiment.ExperimentReport;
import io.github.ser4j.model.experiment.FoldResult;
import io.github.ser4j.model.experiment.MeanStd;
import io.github.ser4j.model.train.History;
import io.github.ser4j.model.train.TrainConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON forms of an {@link ExperimentReport}: the short summary printed by {@code --json}
 * ({@code {"uar": ..., "accuracy": ..., "macro_f1": ..., "n": ..., "folds": [...]}}, then the
 * deviations over folds and the files written) and the full report file, which adds the
 * per-class table, the confusion matrix, the corpora, the model, the recipe, the training
 * settings, the command line and every training history.
 */
public final class ReportJson {
    private ReportJson() {
    }

    /** The summary object printed on standard output. */
    public static Map<String, Object> summary(ExperimentReport r, Map<String, String> files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uar", r.uar().mean());
        m.put("accuracy", r.accuracy().mean());
        m.put("macro_f1", r.macroF1().mean());
        m.put("n", r.n());
        List<Object> folds = new ArrayList<>();
        for (FoldResult f : r.folds()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("fold", f.fold());
            fm.put("uar", f.report().uar());
            fm.put("accuracy", f.report().accuracy());
            fm.put("macro_f1", f.report().macroF1());
            fm.put("n", f.report().total());
            fm.put("test_speakers", f.testSpeakers());
            folds.add(fm);
        }
        m.put("folds", folds);
        m.put("uar_std", r.uar().std());
        m.put("accuracy_std", r.accuracy().std());
        m.put("macro_f1_std", r.macroF1().std());
        m.put("files", new LinkedHashMap<>(files));
        return m;
    }

    /** The full report written to the JSON file. */
    public static Map<String, Object> full(ExperimentReport r, String commandLine, Map<String, String> files) {
        Map<String, Object> m = summary(r, files);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", r.kind());
        out.putAll(m);
        out.put("command", commandLine);
        out.put("protocol", r.protocol());
        out.put("labels", r.labels());
        out.put("per_class", perClass(r.pooled()));
        out.put("confusion", r.pooled().confusion().counts());
        Map<String, Object> pooled = new LinkedHashMap<>();
        pooled.put("uar", r.pooled().uar());
        pooled.put("accuracy", r.pooled().accuracy());
        pooled.put("macro_f1", r.pooled().macroF1());
        pooled.put("n", r.pooled().total());
        out.put("pooled", pooled);
        List<Object> folds = new ArrayList<>();
        for (FoldResult f : r.folds()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("fold", f.fold());
            fm.put("split", f.split());
            fm.put("train_examples", f.trainExamples());
            fm.put("validation", f.validation());
            fm.put("test", f.test());
            fm.put("test_speakers", f.testSpeakers());
            fm.put("uar", f.report().uar());
            fm.put("accuracy", f.report().accuracy());
            fm.put("macro_f1", f.report().macroF1());
            fm.put("per_class", perClass(f.report()));
            fm.put("confusion", f.report().confusion().counts());
            fm.put("seconds", f.seconds());
            if (!f.history().epochs().isEmpty()) {
                fm.put("history", new Json.Raw(f.history().toJson()));
            }
            folds.add(fm);
        }
        out.put("folds", folds);
        if (r.finalHistory() != null) {
            out.put("final_model_history", new Json.Raw(r.finalHistory().toJson()));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", r.model());
        model.put("input_shape", r.inputShape());
        out.put("model", model);
        Map<String, Object> recipe = new LinkedHashMap<>();
        recipe.put("name", r.recipe().name());
        recipe.put("hash", r.recipe().hash());
        recipe.put("output_shape", r.recipe().outputShape());
        recipe.put("text", r.recipe().toText());
        out.put("recipe", recipe);
        if (r.train() != null) {
            out.put("train_config", trainConfig(r.train()));
            out.put("augment_copies", r.augmentCopies());
        }
        List<Object> corpora = new ArrayList<>();
        for (CorpusInfo c : r.corpora()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("name", c.name());
            cm.put("utterances", c.utterances());
            cm.put("speakers", c.speakers());
            cm.put("per_class", new LinkedHashMap<>(c.perClass()));
            cm.put("unparsed", c.unparsed());
            corpora.add(cm);
        }
        out.put("corpora", corpora);
        out.put("warnings", r.warnings());
        out.put("seconds", r.seconds());
        return out;
    }

    /** Precision, recall, F1 and support per class. */
    static Map<String, Object> perClass(ClassificationReport c) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < c.labels().size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("precision", c.precision()[i]);
            row.put("recall", c.recall()[i]);
            row.put("f1", c.f1()[i]);
            row.put("support", c.support()[i]);
            m.put(c.labels().get(i), row);
        }
        return m;
    }

    static Map<String, Object> trainConfig(TrainConfig t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epochs", t.epochs());
        m.put("batch_size", t.batchSize());
        m.put("optimizer", t.optimizer().name().toLowerCase(java.util.Locale.ROOT));
        m.put("learning_rate", new Json.Raw(Double.toString(t.learningRate())));
        m.put("weight_decay", new Json.Raw(Double.toString(t.weightDecay())));
        m.put("schedule", t.schedule().name().toLowerCase(java.util.Locale.ROOT));
        m.put("monitor", t.monitor().name().toLowerCase(java.util.Locale.ROOT));
        m.put("patience", t.patience());
        m.put("class_weights", t.classWeights());
        m.put("label_smoothing", t.labelSmoothing());
        m.put("scaling", t.scaling().name().toLowerCase(java.util.Locale.ROOT));
        m.put("seed", t.seed());
        m.put("threads", t.threads());
        return m;
    }

    /** "0.812 ± 0.034". */
    static String meanStd(MeanStd m) {
        return String.format(java.util.Locale.ROOT, "%.3f ± %.3f", m.mean(), m.std());
    }

    /** Used by tests and the Markdown writer: the epochs of a history as plain arrays. */
    static boolean hasEpochs(History h) {
        return h != null && !h.epochs().isEmpty();
    }
}
