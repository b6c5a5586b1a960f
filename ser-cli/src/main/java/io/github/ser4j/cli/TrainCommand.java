package io.github.ser4j.cli;

import io.github.ser4j.cli.report.Json;
import io.github.ser4j.cli.report.ReportFiles;
import io.github.ser4j.cli.report.ReportJson;
import io.github.ser4j.cli.report.SummaryLine;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.model.bundle.TestTimeAugmentation;
import io.github.ser4j.model.experiment.Experiment;
import io.github.ser4j.model.experiment.ExperimentException;
import io.github.ser4j.model.experiment.ExperimentReport;
import io.github.ser4j.model.experiment.ExperimentResult;
import io.github.ser4j.model.experiment.ExperimentSpec;
import io.github.ser4j.model.experiment.Protocol;
import io.github.ser4j.model.experiment.RecommendedTraining;
import io.github.ser4j.model.train.ScheduleKind;
import io.github.ser4j.model.train.TrainConfig;
import io.github.ser4j.model.zoo.ModelZoo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ser train}: train a zoo network on corpora under an evaluation protocol, report
 * every fold and the mean, save the model bundle and, next to it, the confusion matrix and
 * training curves (PNG) and the Markdown and JSON reports.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a network on emotional speech corpora and evaluate it.",
            "Ends with a line 'UAR 0.812 accuracy 0.825 macro-F1 0.809 n=535' (fold means, total count).",
            "Writes MODEL, and MODEL-without-extension.{confusion.png,curves.png,report.md,report.json}."})
public final class TrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", required = true, split = ",", paramLabel = "DIR",
            description = "Corpus folder(s), comma-separated; each auto-detected (RAVDESS, CREMA-D, TESS, SAVEE, "
                    + "EMO-DB, EMOVO, ShEMO). With --split cross the first trains and the others test.")
    List<Path> corpora;

    @Option(names = "--model", defaultValue = ModelZoo.DEFAULT, paramLabel = "NAME",
            description = "Zoo network: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).",
            completionCandidates = ModelNames.class)
    String model;

    @Option(names = "--split", defaultValue = "speaker", paramLabel = "PROTOCOL", converter = ProtocolConverter.class,
            description = "random | speaker | loso | cross (default ${DEFAULT-VALUE}).")
    Protocol protocol;

    @Option(names = "--folds", defaultValue = "1", paramLabel = "K",
            description = "1 for a hold-out, K >= 2 for K-fold (random: stratified; speaker: by speaker). "
                    + "Default ${DEFAULT-VALUE}.")
    int folds;

    @Option(names = "--emotions", split = ",", paramLabel = "E", converter = EmotionConverter.class,
            description = "Emotions to tell apart, e.g. angry,happy,sad,neutral (default: all in the data).")
    List<Emotion> emotions = new ArrayList<>();

    @Option(names = "--epochs", paramLabel = "N",
            description = "Maximum epochs (default: the model's recommendation: 60 for ser4j-default, 500 for "
                    + "cnn1d-compact-seed001, 10 for crnn-seed003, 30 for the others).")
    Integer epochs;

    @Option(names = "--batch-size", paramLabel = "N", description = "Mini-batch size (default: the model's, 32; 16 for crnn-seed003).")
    Integer batchSize;

    @Option(names = "--lr", paramLabel = "RATE",
            description = "Peak learning rate (default: the model's, 0.001; 0.0001 for cnn1d-compact-seed001 and "
                    + "crnn-seed003).")
    Double learningRate;

    @Option(names = "--schedule", paramLabel = "KIND",
            description = "Learning-rate schedule: none, cosine, step, plateau, one_cycle (default: the model's, "
                    + "cosine; plateau for cnn1d-seed000, one_cycle for resnet18-seed002, none for seeds 001, 003).")
    String schedule;

    @Option(names = "--patience", paramLabel = "N",
            description = "Early stopping after N epochs without a better validation UAR; 0 disables (default: the "
                    + "model's, 10; ser4j-default trains a fixed schedule and keeps its last epoch).")
    Integer patience;

    @Option(names = "--augment", paramLabel = "N",
            description = "Augmented copies of each training utterance (default: the model's, 2 speed-perturbed "
                    + "copies (0.9 and 1.1) for ser4j-default, none for the others, whose copies add noise, shift and gain).")
    Integer augment;

    @Option(names = "--tta", paramLabel = "MODE",
            description = "Test-time augmentation: 'speed' averages each prediction over the input at speeds 1, 0.9 "
                    + "and 1.1; 'none' classifies the input alone (default: the model's, speed for ser4j-default, "
                    + "none for the others). Saved in the model.")
    String tta;

    @Option(names = "--test-fraction", defaultValue = "0.2", paramLabel = "F",
            description = "Test share of a hold-out split (default ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--validation-fraction", paramLabel = "F",
            description = "Share of each training part used to pick the best epoch; 0 for none (default: the "
                    + "model's, 0.15; 0 for ser4j-default).")
    Double validationFraction;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for features and training (default: all cores).")
    Integer threads;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed of splits, weights, batches, augmentation (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--cache", paramLabel = "DIR", description = "Feature cache folder (default: none).")
    Path cache;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The model bundle to write, e.g. model.ser.")
    Path out;

    @Option(names = "--json", description = "Print the result as one JSON object instead of text.")
    boolean json;

    @Option(names = "--quiet", description = "No per-epoch progress.")
    boolean quiet;

    /** Lists the zoo names for the help text. */
    static final class ModelNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        ModelNames() {
            super(ModelZoo.names());
        }
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExperimentSpec experiment = experimentSpec();
        ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.onTerminal(), quiet);
        try {
            ExperimentResult result = new Experiment(experiment).run(progress);
            Map<String, String> files = save(result, out, SerCommand.invocation(spec));
            print(stdout, result.report(), files, json);
            return 0;
        } catch (ExperimentException e) {
            err.println("ser train: " + e.getMessage());
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println("ser train: cannot write " + out + ": " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** The experiment of the options; a bad value is a usage error (exit 2). */
    ExperimentSpec experimentSpec() {
        try {
            ModelZoo.entry(model);
            int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (t < 1) {
                throw new IllegalArgumentException("--threads must be >= 1, got " + t);
            }
            RecommendedTraining rec = RecommendedTraining.forModel(model);
            TrainConfig.Builder b = rec.train().toBuilder().seed(seed).threads(t);
            if (epochs != null) {
                b.epochs(epochs);
            }
            if (batchSize != null) {
                b.batchSize(batchSize);
            }
            if (learningRate != null) {
                b.learningRate(learningRate);
                if (rec.train().minLearningRate() >= learningRate) {
                    b.minLearningRate(learningRate / 100);
                }
            }
            if (schedule != null) {
                b.schedule(scheduleKind(schedule));
            }
            if (patience != null) {
                b.patience(patience);
            }
            double validation = validationFraction != null ? validationFraction : rec.validationFraction();
            if (validation > 0 && !rec.train().restoreBest() && validationFraction != null) {
                // a validation part given for a model that keeps its last epoch: use it to pick the epoch
                b.restoreBest(true);
            }
            return ExperimentSpec.builder(corpora).model(model).protocol(protocol).folds(folds).emotions(emotions)
                    .testFraction(testFraction).validationFraction(validation).train(b.build())
                    .augmentCopies(augment != null ? augment : rec.augmentCopies()).augmentation(rec.augmentation())
                    .testTimeAugmentation(tta == null ? rec.testTimeAugmentation() : testTimeAugmentation(tta))
                    .threads(t).cacheDir(cache).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** Parses a test-time augmentation mode. */
    static TestTimeAugmentation testTimeAugmentation(String mode) {
        return switch (mode.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "none" -> TestTimeAugmentation.none();
            case "speed" -> TestTimeAugmentation.speeds0911();
            default -> throw new IllegalArgumentException("--tta must be none or speed, got '" + mode + "'");
        };
    }

    /** Parses a schedule name (any case, '-' or '_'). */
    static ScheduleKind scheduleKind(String name) {
        String key = name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (ScheduleKind k : ScheduleKind.values()) {
            if (k.name().equals(key) || k.name().replace("_", "").equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown schedule '" + name + "'; use none, cosine, step, plateau or one_cycle");
    }

    /** Saves the bundle and the report files next to it; returns every file by role. */
    static Map<String, String> save(ExperimentResult result, Path modelFile, String commandLine) throws IOException {
        Path parent = modelFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        result.bundle().save(modelFile);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("model", modelFile.toString());
        return ReportFiles.write(result.report(), ReportFiles.prefixOf(modelFile), commandLine, files);
    }

    /** Prints the text report (per-class table, confusion, files, summary line last) or the JSON summary. */
    static void print(PrintWriter out, ExperimentReport r, Map<String, String> files, boolean json) {
        if (json) {
            out.println(Json.write(ReportJson.summary(r, files), 2));
        } else {
            out.println(r.folds().size() > 1 ? "Classification report (all folds' test predictions, " + r.protocol() + "):"
                    : "Classification report (" + r.protocol() + "):");
            out.println(r.pooled().toText(3));
            out.println("Confusion matrix (rows: true, columns: predicted):");
            out.println(r.pooled().confusion().format());
            if (r.folds().size() > 1) {
                out.printf(java.util.Locale.ROOT, "over %d folds: UAR %.3f ± %.3f, accuracy %.3f ± %.3f, macro-F1 %.3f ± %.3f%n",
                        r.folds().size(), r.uar().mean(), r.uar().std(), r.accuracy().mean(), r.accuracy().std(),
                        r.macroF1().mean(), r.macroF1().std());
            }
            r.warnings().forEach(w -> out.println("warning: " + w));
            files.forEach((role, path) -> out.println("wrote " + path));
            out.println(SummaryLine.of(r.scores()));
        }
        out.flush();
    }
}
