package io.github.ser4j.model.experiment;

import io.github.ser4j.data.features.FeatureRecipe;
import io.github.ser4j.data.metrics.ClassificationReport;
import io.github.ser4j.model.train.History;
import io.github.ser4j.model.train.TrainConfig;
import java.util.List;
import java.util.Objects;

/**
 * Everything an experiment (or an evaluation of a saved model) found, for printing,
 * plotting and saving: the set-up, every fold's figures and history, the mean and standard
 * deviation over folds, and the classification report and confusion matrix pooled over all
 * test predictions (with k-fold or leave-one-speaker-out every utterance is tested once).
 *
 * @param kind         {@code "train"} for a training experiment, {@code "evaluate"} for a saved model's evaluation
 * @param model        the zoo network's name
 * @param recipe       the feature recipe
 * @param inputShape   the network's input shape for one example
 * @param protocol     the split protocol's description, e.g. {@code "speaker, 5 folds"}
 * @param train        the training settings (null for an evaluation)
 * @param augmentCopies augmented copies per training utterance
 * @param labels       the classes, in output order
 * @param corpora      what each corpus contributed
 * @param folds        the folds, in order, at least one
 * @param pooled       the report over every fold's test predictions together
 * @param finalHistory the history of the model trained on all data, or null when the saved model is a fold's
 * @param warnings     files skipped, emotions dropped, fallbacks taken
 * @param seconds      total wall time
 */
public record ExperimentReport(String kind, String model, FeatureRecipe recipe, int[] inputShape, String protocol,
                               TrainConfig train, int augmentCopies, List<String> labels, List<CorpusInfo> corpora,
                               List<FoldResult> folds, ClassificationReport pooled, History finalHistory,
                               List<String> warnings, double seconds) {
    /** Validates and copies. */
    public ExperimentReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(pooled, "pooled");
        inputShape = inputShape.clone();
        labels = List.copyOf(labels);
        corpora = List.copyOf(corpora);
        folds = List.copyOf(folds);
        warnings = List.copyOf(warnings);
        if (folds.isEmpty()) {
            throw new IllegalArgumentException("folds must hold at least one fold");
        }
    }

    /** The network's input shape (a copy). */
    @Override
    public int[] inputShape() {
        return inputShape.clone();
    }

    /** Mean and deviation over folds of the UAR. */
    public MeanStd uar() {
        return MeanStd.of(folds.stream().mapToDouble(f -> f.report().uar()).toArray());
    }

    /** Mean and deviation over folds of the accuracy. */
    public MeanStd accuracy() {
        return MeanStd.of(folds.stream().mapToDouble(f -> f.report().accuracy()).toArray());
    }

    /** Mean and deviation over folds of the macro-F1. */
    public MeanStd macroF1() {
        return MeanStd.of(folds.stream().mapToDouble(f -> f.report().macroF1()).toArray());
    }

    /** Utterances scored over all folds. */
    public long n() {
        return folds.stream().mapToLong(f -> f.report().total()).sum();
    }

    /** The headline: fold means of UAR, accuracy and macro-F1, and the total count. */
    public Scores scores() {
        return new Scores(uar().mean(), accuracy().mean(), macroF1().mean(), n());
    }
}
