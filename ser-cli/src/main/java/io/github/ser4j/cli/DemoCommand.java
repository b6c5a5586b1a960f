package io.github.ser4j.cli;

import io.github.ser4j.data.corpus.Corpora;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.synth.SynthConfig;
import io.github.ser4j.data.synth.SyntheticCorpus;
import io.github.ser4j.model.EmotionRecognizer;
import io.github.ser4j.model.Prediction;
import io.github.ser4j.model.experiment.Experiment;
import io.github.ser4j.model.experiment.ExperimentException;
import io.github.ser4j.model.experiment.ExperimentResult;
import io.github.ser4j.model.experiment.ExperimentSpec;
import io.github.ser4j.model.experiment.Protocol;
import io.github.ser4j.model.experiment.RecommendedTraining;
import io.github.ser4j.model.train.TrainConfig;
import io.github.ser4j.model.zoo.ModelZoo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ser demo}: the whole pipeline on data made on the spot. Writes the synthetic corpus
 * (RAVDESS layout) into a work folder, trains the default network with a speaker-independent
 * hold-out, prints the classification report, saves the model with its plots and reports,
 * and recognises a few held-out recordings of speakers the model never heard.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the whole pipeline on a synthetic corpus: write, train, evaluate, save, predict.",
            "Writes the synthetic corpus into DIR/corpus, trains the default network, evaluates it on held-out",
            "speakers, saves DIR/model.ser with its plots and reports, and recognises a few held-out files."})
public final class DemoCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", defaultValue = "ser-demo", paramLabel = "DIR",
            description = "Work folder for the corpus, model and reports (default ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--quick", description = "A tiny corpus and one epoch: a smoke test of the pipeline in seconds.")
    boolean quick;

    @Option(names = "--speakers", paramLabel = "N", description = "Synthetic speakers (default 12; 4 with --quick).")
    Integer speakers;

    @Option(names = "--per-emotion", paramLabel = "N",
            description = "Utterances per emotion per speaker, 1-4 (default 4; 1 with --quick).")
    Integer perEmotion;

    @Option(names = "--epochs", paramLabel = "N", description = "Training epochs (default: the default model's recommendation, 60; 1 with --quick).")
    Integer epochs;

    @Option(names = "--emotions", split = ",", paramLabel = "E", converter = EmotionConverter.class,
            defaultValue = "angry,happy,sad,neutral",
            description = "Emotions to tell apart (default ${DEFAULT-VALUE}).")
    List<Emotion> emotions;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores).")
    Integer threads;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed of everything (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int nSpeakers = speakers != null ? speakers : quick ? 4 : 12;
        int nPer = perEmotion != null ? perEmotion : quick ? 1 : 4;
        int nEpochs = epochs != null ? epochs : quick ? 1 : RecommendedTraining.forModel(ModelZoo.DEFAULT).train().epochs();
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        SynthConfig synth;
        ExperimentSpec experiment;
        Path corpus = dir.resolve("corpus");
        Path modelFile = dir.resolve("model.ser");
        try {
            if (nPer > 4) {
                throw new IllegalArgumentException("--per-emotion must be in [1, 4] (neutral has 4 takes), got " + nPer);
            }
            if (t < 1) {
                throw new IllegalArgumentException("--threads must be >= 1, got " + t);
            }
            synth = new SynthConfig(nSpeakers, nPer, seed, 16000);
            TrainConfig config = RecommendedTraining.forModel(ModelZoo.DEFAULT).train().toBuilder().epochs(nEpochs)
                    .seed(seed).threads(t).build();
            experiment = ExperimentSpec.builder(List.of(corpus)).model(ModelZoo.DEFAULT).protocol(Protocol.SPEAKER)
                    .folds(1).testFraction(0.25).emotions(emotions).train(config).threads(t).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        long t0 = System.nanoTime();
        out.printf(Locale.ROOT, "ser demo: %d synthetic speakers x %d emotions, network %s, speaker-independent "
                + "hold-out, work folder %s%n", nSpeakers, emotions.size(), ModelZoo.DEFAULT, dir);
        out.flush();
        try {
            err.println("* writing the synthetic corpus to " + corpus);
            err.flush();
            List<Path> written = new SyntheticCorpus(synth).write(corpus);
            err.printf(Locale.ROOT, "  %d files (8 emotions; the demo keeps %s) in %.1f s%n", written.size(),
                    emotions.stream().map(Emotion::label).toList(), (System.nanoTime() - t0) / 1e9);
            ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.onTerminal(), false);
            ExperimentResult result = new Experiment(experiment).run(progress);
            Map<String, String> files = TrainCommand.save(result, modelFile, SerCommand.invocation(spec));
            TrainCommand.print(out, result.report(), files, false);
            predictHeldOut(out, corpus, modelFile, result.report().folds().get(0).testSpeakers());
            out.printf(Locale.ROOT, "demo finished in %.1f s; open %s%n", (System.nanoTime() - t0) / 1e9,
                    files.get("report_md"));
            out.flush();
            return 0;
        } catch (ExperimentException e) {
            err.println("ser demo: " + e.getMessage());
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println("ser demo: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** Recognises one held-out recording per emotion, of speakers the model never heard. */
    private void predictHeldOut(PrintWriter out, Path corpus, Path modelFile, List<String> testSpeakers)
            throws IOException {
        EmotionRecognizer recognizer = EmotionRecognizer.load(modelFile);
        Set<String> held = Set.copyOf(testSpeakers);
        Set<Emotion> seen = EnumSet.noneOf(Emotion.class);
        List<Utterance> picks = new ArrayList<>();
        for (Utterance u : Corpora.read(corpus).utterances()) {
            if (held.contains(u.speaker()) && emotions.contains(u.emotion()) && seen.add(u.emotion())) {
                picks.add(u);
            }
        }
        out.println("Held-out recordings (speakers " + String.join(", ", testSpeakers) + "):");
        for (Utterance u : picks) {
            Prediction p = recognizer.predict(u.path());
            out.printf(Locale.ROOT, "  %-28s true %-8s -> %s %s%n", corpus.relativize(u.path()), u.emotion().label(),
                    PredictCommand.describe(p), p.label().equals(u.emotion().label()) ? "ok" : "MISS");
        }
        out.flush();
    }
}
