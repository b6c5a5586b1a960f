package io.github.ser4j.model.experiment;

import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.features.ExtractionFailure;
import io.github.ser4j.data.features.FeatureExtractor;
import io.github.ser4j.data.features.FeatureSet;
import io.github.ser4j.data.metrics.ClassificationReport;
import io.github.ser4j.data.prep.LabelEncoder;
import io.github.ser4j.model.bundle.BundleFormatException;
import io.github.ser4j.model.bundle.ModelBundle;
import io.github.ser4j.model.bundle.TestTimeAugmentation;
import io.github.ser4j.model.train.Evaluation;
import io.github.ser4j.model.train.FeatureDataset;
import io.github.ser4j.model.train.History;
import io.github.ser4j.nn.layers.Module;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a saved model on corpora: the cross-corpus test when they are not the corpora it
 * was trained on.
 *
 * <p>The classes scored are the model's classes that the data holds (and that were
 * requested, if any were): utterances of other emotions are left out, and the model's
 * decision is the most probable of the scored classes, so that a model trained on eight
 * emotions can be scored on a corpus with four. The features are extracted with the
 * bundle's own recipe and scaled with its own scaler, exactly as at training.
 */
public final class ModelEvaluation {
    private ModelEvaluation() {
    }

    /**
     * Evaluates {@code bundle} on the corpora.
     *
     * @param bundle   the saved model
     * @param corpora  corpus folders, auto-detected
     * @param emotions classes to score; empty for every class of the model the data holds
     * @param threads  feature extraction threads
     * @param listener progress
     * @throws ExperimentException for a missing or empty corpus, fewer than two shared classes,
     *                             a model file that cannot be rebuilt, or no analysable file
     */
    public static ExperimentReport evaluate(ModelBundle bundle, List<Path> corpora, List<Emotion> emotions,
                                            int threads, ExperimentListener listener) {
        long t0 = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        List<Emotion> modelClasses = new ArrayList<>();
        for (String l : bundle.labels()) {
            modelClasses.add(Emotion.find(l).orElseThrow(() -> new ExperimentException(
                    "the model's label '" + l + "' is not an emotion this version knows")));
        }
        Set<Emotion> wanted = EnumSet.copyOf(modelClasses);
        if (!emotions.isEmpty()) {
            for (Emotion e : emotions) {
                if (!wanted.contains(e)) {
                    warnings.add("emotion '" + e.label() + "' requested but the model does not know it; left out");
                }
            }
            wanted.retainAll(emotions);
        }
        listener.onStage("reading " + corpora.size() + " corpus folder(s)");
        CorpusSelection data = CorpusSelection.load(corpora, wanted, false);
        for (Emotion e : data.dropped()) {
            warnings.add("emotion '" + e.label() + "' of the model is not in the data; not scored");
        }
        LabelEncoder modelEncoder = LabelEncoder.ofOrder(modelClasses);
        List<Utterance> all = data.utterances();
        listener.onStage("extracting features of " + all.size() + " utterances (recipe " + bundle.recipe().name()
                + ")");
        FeatureSet set = FeatureExtractor.builder(bundle.recipe()).threads(threads)
                .listener(listener.extraction("features")).build().extract(all);
        for (ExtractionFailure f : set.failures()) {
            warnings.add("skipped " + f.path() + ": " + f.reason());
        }
        if (set.size() == 0) {
            throw new ExperimentException("no utterance could be read and analysed");
        }
        int[] shape = bundle.architecture().inputShape();
        FeatureDataset ds = Experiment.dataset(set.entries(), modelEncoder, shape);
        Module net;
        try {
            net = bundle.createModel();
        } catch (BundleFormatException e) {
            throw new ExperimentException("cannot rebuild the model: " + e.getMessage(), e);
        }
        TestTimeAugmentation tta;
        try {
            tta = TestTimeAugmentation.of(bundle.architecture());
        } catch (IllegalArgumentException e) {
            throw new ExperimentException("cannot rebuild the model: " + e.getMessage(), e);
        }
        listener.onStage("classifying " + ds.size() + " utterances"
                + (tta.enabled() ? " (each averaged with its versions at speeds " + tta.speeds() + ")" : ""));
        Evaluation ev = TestViews.evaluate(net, bundle.scaler(), set.entries(), modelEncoder, shape, bundle.recipe(),
                tta, 32, bundle.labels(), threads);

        // Decide among the scored classes only: column c of the report is model output keep[c].
        List<Emotion> scored = data.classes();
        int[] keep = scored.stream().mapToInt(modelEncoder::encode).toArray();
        int[] truth = new int[ds.size()];
        int[] predicted = new int[ds.size()];
        for (int i = 0; i < ds.size(); i++) {
            truth[i] = scored.indexOf(modelClasses.get(ds.label(i)));
            int best = 0;
            for (int c = 1; c < keep.length; c++) {
                if (ev.probabilities()[i][keep[c]] > ev.probabilities()[i][keep[best]]) {
                    best = c;
                }
            }
            predicted[i] = best;
        }
        List<String> labels = scored.stream().map(Emotion::label).toList();
        ClassificationReport report = ClassificationReport.of(truth, predicted, labels);
        Set<String> speakers = new TreeSet<>();
        set.entries().forEach(e -> speakers.add(e.source().speaker()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        FoldResult fold = new FoldResult(1, "evaluation of a saved model on " + data.corpora().size() + " corpus folder(s)",
                0, 0, ds.size(), List.copyOf(speakers), report,
                new History(List.of(), 0, "not trained here"), seconds);
        return new ExperimentReport("evaluate", bundle.architecture().name(), bundle.recipe(), shape,
                "saved model (split " + bundle.metadata().split() + ") on new data"
                        + (tta.enabled() ? "; " + tta.describe() : ""), null, 0, labels,
                data.corpora().stream().map(c -> CorpusInfo.of(c, scored)).toList(), List.of(fold), report, null,
                warnings, seconds);
    }
}
