package io.github.ser4j.model.experiment;

import io.github.ser4j.data.corpus.Corpus;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.features.ExtractionFailure;
import io.github.ser4j.data.features.ExtractionListener;
import io.github.ser4j.data.features.FeatureCache;
import io.github.ser4j.data.features.FeatureExtractor;
import io.github.ser4j.data.features.FeatureSet;
import io.github.ser4j.data.metrics.ClassificationReport;
import io.github.ser4j.data.prep.LabelEncoder;
import io.github.ser4j.data.split.AudioAugmenter;
import io.github.ser4j.data.split.AugmentedUtterance;
import io.github.ser4j.data.split.HoldOutSplitter;
import io.github.ser4j.data.split.SpeakerHoldOut;
import io.github.ser4j.data.split.Split;
import io.github.ser4j.data.split.StratifiedSplit;
import io.github.ser4j.model.bundle.ModelArchitecture;
import io.github.ser4j.model.bundle.ModelBundle;
import io.github.ser4j.model.bundle.TrainingMetadata;
import io.github.ser4j.model.train.Evaluation;
import io.github.ser4j.model.train.FeatureDataset;
import io.github.ser4j.model.train.History;
import io.github.ser4j.model.train.ScheduleKind;
import io.github.ser4j.model.train.TrainConfig;
import io.github.ser4j.model.train.Trainer;
import io.github.ser4j.model.train.TrainingResult;
import io.github.ser4j.model.zoo.ModelZoo;
import io.github.ser4j.nn.layers.Module;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Runs an evaluation protocol end to end: read the corpora, keep the classes, split, extract
 * features, and per fold train a fresh network and score it on the fold's test part; then,
 * after k-fold or leave-one-speaker-out, train the model to keep on all the data.
 *
 * <pre>{@code
 * ExperimentResult r = new Experiment(spec).run(ExperimentListener.NONE);
 * System.out.println(r.report().pooled().toText(3));
 * r.bundle().save(Path.of("model.ser4j"));
 * }</pre>
 *
 * <h2>One fold, in order</h2>
 * <ol>
 *   <li>The fold's split is made first (by speaker where the protocol says so); a validation
 *       part for choosing the best epoch is then carved out of its training part (by speaker
 *       when the protocol is speaker-independent and there are at least three training
 *       speakers, else stratified at random).</li>
 *   <li>Features of the original recordings come from one extraction of the whole data, made
 *       once for all folds (a recording's features do not depend on the fold). Augmented
 *       copies are made of the fold's training utterances only
 *       ({@link io.github.ser4j.data.split.TrainPart#augmented}), so no copy of a test or
 *       validation utterance can reach training.</li>
 *   <li>The {@link Trainer} fits the scaler on the training examples only, trains, and keeps
 *       the best validation epoch.</li>
 *   <li>The test part, scaled with the training scaler, is classified and scored
 *       ({@link Evaluation}): UAR, accuracy, macro-F1, per-class report, confusion matrix.</li>
 * </ol>
 *
 * <p>The model trained on all data has no held-out part to stop on, so it trains for the
 * mean over folds of the best epoch, and keeps its last epoch.
 *
 * <p>Everything random (splits, network initialisation, batch order, augmentation) derives
 * from {@link TrainConfig#seed()}: the same spec gives the same report and the same model.
 */
public final class Experiment {
    private final ExperimentSpec spec;
    /** Features of augmented copies rendered so far, by source, copy index and seed. */
    private final Map<String, FeatureSet.Entry> renderedCopies = new HashMap<>();
    /** Floats held by {@link #renderedCopies}; it stops growing at {@link #COPY_MEMORY_FLOATS}. */
    private long renderedFloats;
    /** At most 256 MB of copies' features are kept for later folds (utterance vectors always fit). */
    private static final long COPY_MEMORY_FLOATS = 64L << 20;

    /** An experiment of the given spec. */
    public Experiment(ExperimentSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** The spec. */
    public ExperimentSpec spec() {
        return spec;
    }

    /**
     * Runs the experiment.
     *
     * @throws ExperimentException for a missing or empty corpus, too few classes or speakers,
     *                             or when every file failed extraction
     */
    public ExperimentResult run(ExperimentListener listener) {
        Objects.requireNonNull(listener, "listener");
        long t0 = System.nanoTime();
        long seed = spec.train().seed();
        List<String> warnings = new ArrayList<>();

        listener.onStage("reading " + spec.corpora().size() + " corpus folder(s)");
        CorpusSelection data = CorpusSelection.load(spec.corpora(), spec.emotions(), spec.protocol() == Protocol.CROSS);
        for (Emotion e : data.dropped()) {
            warnings.add("emotion '" + e.label() + "' requested but not "
                    + (spec.protocol() == Protocol.CROSS ? "in both the training and the test corpora" : "in the data")
                    + "; left out");
        }
        LabelEncoder encoder = LabelEncoder.ofOrder(data.classes());
        List<String> labels = encoder.labels();
        int[] shape = ZooRecipes.networkShape(spec.model(), spec.recipe());
        List<Split> splits = FoldPlan.splits(data, spec.protocol(), spec.folds(), spec.testFraction(), seed);

        List<Utterance> all = data.utterances();
        listener.onStage("extracting features of " + all.size() + " utterances (recipe " + spec.recipe().name()
                + ", " + spec.threads() + " threads)");
        FeatureSet originals = extractor(listener.extraction("features")).extract(all);
        for (ExtractionFailure f : originals.failures()) {
            warnings.add("skipped " + f.path() + ": " + f.reason());
        }
        if (originals.size() == 0) {
            throw new ExperimentException("no utterance could be read and analysed (" + originals.failures().size()
                    + " failures; first: " + originals.failures().get(0) + ")");
        }
        Map<Path, FeatureSet.Entry> byPath = new HashMap<>();
        for (FeatureSet.Entry e : originals.entries()) {
            byPath.put(e.source().path(), e);
        }

        List<FoldResult> folds = new ArrayList<>();
        List<Integer> yTrue = new ArrayList<>();
        List<Integer> yPred = new ArrayList<>();
        TrainingResult lastModel = null;
        for (int i = 0; i < splits.size(); i++) {
            String run = splits.size() == 1 ? "model" : "fold " + (i + 1) + "/" + splits.size();
            FoldOutcome o = runFold(i, run, splits.get(i), byPath, encoder, shape, listener,
                    warnings);
            folds.add(o.result);
            for (int k = 0; k < o.truth.length; k++) {
                yTrue.add(o.truth[k]);
                yPred.add(o.predicted[k]);
            }
            lastModel = o.training;
            listener.onFold(o.result, splits.size());
        }
        ClassificationReport pooled = ClassificationReport.of(yTrue.stream().mapToInt(Integer::intValue).toArray(),
                yPred.stream().mapToInt(Integer::intValue).toArray(), labels);

        TrainingResult keep = lastModel;
        History finalHistory = null;
        boolean severalFolds = splits.size() > 1;
        if (severalFolds && spec.finalModel()) {
            int epochs = (int) Math.max(1, Math.round(folds.stream()
                    .mapToInt(f -> f.history().epochs().isEmpty() ? 1 : f.history().bestEpoch()).average().orElse(1)));
            TrainConfig.Builder b = spec.train().toBuilder().epochs(epochs);
            if (spec.train().schedule() == ScheduleKind.PLATEAU) {
                b.schedule(ScheduleKind.NONE);
                warnings.add("final model: the plateau schedule needs validation data; trained without a schedule");
            }
            listener.onStage("training the final model on all " + all.size() + " utterances for " + epochs
                    + " epochs (the folds' mean best epoch)");
            Split everything = Split.of("all data", all, List.of());
            FeatureDataset train = dataset(trainExamples(everything, byPath, seed + 1000L, listener), encoder, shape);
            Module net = ModelZoo.create(spec.model(), labels.size(), shape, seed);
            keep = new Trainer(b.build()).fit(net, train, null,
                    listener.training("final model", train.size(), 0, epochs));
            finalHistory = keep.history();
        }

        String protocol = describe(splits.size())
                + (spec.testTimeAugmentation().enabled() ? "; " + spec.testTimeAugmentation().describe() : "");
        ExperimentReport report = new ExperimentReport("train", spec.model(), spec.recipe(), shape, protocol,
                spec.train(), spec.augmentCopies(), labels,
                data.corpora().stream().map(c -> CorpusInfo.of(c, data.classes())).toList(), folds, pooled,
                finalHistory, warnings, (System.nanoTime() - t0) / 1e9);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("uar", report.uar().mean());
        metrics.put("uar_std", report.uar().std());
        metrics.put("accuracy", report.accuracy().mean());
        metrics.put("macro_f1", report.macroF1().mean());
        metrics.put("n", (double) report.n());
        TrainingMetadata meta = TrainingMetadata.of(data.corpora().stream().map(Corpus::name).toList(), describe(splits.size()),
                        metrics, seed)
                .withNote("trained_on", severalFolds && spec.finalModel() ? "all data" : "the training part of the split");
        ModelArchitecture architecture = spec.testTimeAugmentation()
                .applyTo(ModelArchitecture.of(spec.model(), labels.size(), shape));
        ModelBundle bundle = ModelBundle.of(architecture, spec.recipe(),
                keep, labels, meta);
        return new ExperimentResult(report, bundle);
    }

    /** A fold's result, its model and its test labels and predictions (class indices). */
    private record FoldOutcome(FoldResult result, TrainingResult training, int[] truth, int[] predicted) {
    }

    private FoldOutcome runFold(int index, String run, Split split, Map<Path, FeatureSet.Entry> byPath,
                                LabelEncoder encoder, int[] shape,
                                ExperimentListener listener, List<String> warnings) {
        long t0 = System.nanoTime();
        long seed = spec.train().seed();
        Split s = withValidation(split, run, warnings);
        listener.onStage(run + ": " + s.name() + "; train " + s.train().size() + ", validation "
                + s.validation().size() + ", test " + s.test().size() + " utterances");
        List<FeatureSet.Entry> trainEntries = trainExamples(s, byPath, seed + 1000L, listener);
        FeatureDataset train = dataset(trainEntries, encoder, shape);
        FeatureDataset validation = s.validation().isEmpty() ? null
                : dataset(originals(s.validation().utterances(), byPath), encoder, shape);
        List<FeatureSet.Entry> testEntries = originals(s.test().utterances(), byPath);
        if (testEntries.isEmpty()) {
            throw new ExperimentException(run + ": no test utterance could be analysed");
        }
        FeatureDataset test = dataset(testEntries, encoder, shape);

        Module net = ModelZoo.create(spec.model(), encoder.size(), shape, seed);
        TrainingResult r = new Trainer(spec.train()).fit(net, train, validation,
                listener.training(run, train.size(), validation == null ? 0 : validation.size(),
                        spec.train().epochs()));
        Evaluation ev = TestViews.evaluate(r.model(), r.scaler(), testEntries, encoder, shape, spec.recipe(),
                spec.testTimeAugmentation(), spec.train().batchSize(), encoder.labels(), spec.threads());
        FoldResult result = new FoldResult(index + 1, s.name(), train.size(), validation == null ? 0 : validation.size(),
                test.size(), List.copyOf(s.test().speakers()), ev.report(), r.history(),
                (System.nanoTime() - t0) / 1e9);
        return new FoldOutcome(result, r, test.labels(), ev.predicted());
    }

    /** The split with a validation part carved from its training part, or as it is when that is impossible. */
    private Split withValidation(Split split, String run, List<String> warnings) {
        if (spec.validationFraction() <= 0) {
            return split;
        }
        boolean bySpeaker = spec.protocol() != Protocol.RANDOM && split.train().speakers().size() >= 3;
        HoldOutSplitter splitter = bySpeaker ? new SpeakerHoldOut(spec.validationFraction(), spec.train().seed())
                : new StratifiedSplit(spec.validationFraction(), spec.train().seed());
        try {
            Split v = split.withValidation(splitter);
            if (v.validation().isEmpty() || v.train().isEmpty()) {
                throw new IllegalArgumentException("empty part");
            }
            return v;
        } catch (IllegalArgumentException e) {
            warnings.add(run + ": no validation part (" + e.getMessage() + "); trained for all epochs");
            return split;
        }
    }

    /** The originals of the split's training part, then the augmented copies of those alone. */
    private List<FeatureSet.Entry> trainExamples(Split split, Map<Path, FeatureSet.Entry> byPath,
                                                 long seed, ExperimentListener listener) {
        List<FeatureSet.Entry> out = new ArrayList<>(originals(split.train().utterances(), byPath));
        if (spec.augmentCopies() > 0) {
            List<AugmentedUtterance> copies = split.train()
                    .augmented(spec.augmentCopies(), augmenter(spec.augmentation()), seed).copies();
            // a copy's seed depends only on the seed, its utterance and its index (TrainPart), so a
            // copy rendered for an earlier fold is the same copy: its features are reused
            List<AugmentedUtterance> missing = new ArrayList<>();
            Map<String, FeatureSet.Entry> fresh = new HashMap<>();
            // an extracted entry names its source and copy index but not its seed
            Map<String, Long> missingSeeds = new HashMap<>();
            for (AugmentedUtterance c : copies) {
                if (!renderedCopies.containsKey(copyKey(c.source().path(), c.copyIndex(), c.seed()))) {
                    missing.add(c);
                    missingSeeds.put(c.source().path() + "\u0000" + c.copyIndex(), c.seed());
                }
            }
            listener.onStage("augmenting: " + copies.size() + " copies of " + split.train().size()
                    + " training utterances (" + (copies.size() - missing.size()) + " from earlier folds)");
            if (!missing.isEmpty()) {
                FeatureSet set = extractor(listener.extraction("augmented copies")).extractExamples(missing);
                for (FeatureSet.Entry e : set.entries()) {
                    String key = copyKey(e.source().path(), e.copyIndex(),
                            missingSeeds.get(e.source().path() + "\u0000" + e.copyIndex()));
                    fresh.put(key, e);
                    if (renderedFloats + e.features().data().length <= COPY_MEMORY_FLOATS) {
                        renderedCopies.put(key, e);
                        renderedFloats += e.features().data().length;
                    }
                }
            }
            for (AugmentedUtterance c : copies) {
                String key = copyKey(c.source().path(), c.copyIndex(), c.seed());
                FeatureSet.Entry e = renderedCopies.getOrDefault(key, fresh.get(key));
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** The augmentation as the split's augmenter, passing the copy index on. */
    private static AudioAugmenter augmenter(io.github.ser4j.dsp.augment.Augmentation a) {
        return new AudioAugmenter() {
            @Override
            public io.github.ser4j.dsp.audio.Audio apply(io.github.ser4j.dsp.audio.Audio audio,
                                                         java.util.random.RandomGenerator rng) {
                return a.apply(audio, rng);
            }

            @Override
            public io.github.ser4j.dsp.audio.Audio apply(io.github.ser4j.dsp.audio.Audio audio,
                                                         java.util.random.RandomGenerator rng, int copyIndex) {
                return a.apply(audio, rng, copyIndex);
            }
        };
    }

    private static String copyKey(Path source, int copyIndex, long seed) {
        return source + "\u0000" + copyIndex + "\u0000" + seed;
    }

    /** The features of the given utterances that were extracted (failed files are left out). */
    private static List<FeatureSet.Entry> originals(List<Utterance> utterances, Map<Path, FeatureSet.Entry> byPath) {
        List<FeatureSet.Entry> out = new ArrayList<>(utterances.size());
        for (Utterance u : utterances) {
            FeatureSet.Entry e = byPath.get(u.path());
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** Entries as a dataset of the network's sample shape, labelled by the encoder. */
    static FeatureDataset dataset(List<FeatureSet.Entry> entries, LabelEncoder encoder, int[] shape) {
        float[][] x = new float[entries.size()][];
        int[] y = new int[entries.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = entries.get(i).features().data();
            y[i] = encoder.encode(entries.get(i).label());
        }
        return FeatureDataset.of(shape, x, y, encoder.size());
    }

    private FeatureExtractor extractor(ExtractionListener progress) {
        FeatureExtractor.Builder b = FeatureExtractor.builder(spec.recipe()).threads(spec.threads()).listener(progress);
        if (spec.cacheDir() != null) {
            b.cache(FeatureCache.at(spec.cacheDir()));
        }
        return b.build();
    }

    private String describe(int splits) {
        String p = spec.protocol().label();
        return switch (spec.protocol()) {
            case RANDOM, SPEAKER -> splits == 1
                    ? String.format(Locale.ROOT, "%s hold-out, %.0f%% test", p, 100 * spec.testFraction())
                    : p + " " + splits + "-fold";
            case LOSO -> "leave one speaker out, " + splits + " folds";
            case CROSS -> "cross-corpus";
        };
    }
}
