package io.github.ser4j.cli;

import io.github.ser4j.cli.report.ReportFiles;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.model.bundle.ModelBundle;
import io.github.ser4j.model.experiment.ExperimentException;
import io.github.ser4j.model.experiment.ExperimentReport;
import io.github.ser4j.model.experiment.ModelEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * {@code ser evaluate}: score a saved model on corpora (another corpus than its training
 * one is the cross-corpus test), with the same report files as {@code ser train}.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate a saved model on corpora (another corpus: the cross-corpus test).",
            "Only the model's emotions that the data holds are scored (and only --emotions, if given).",
            "Ends with a line 'UAR 0.812 accuracy 0.825 macro-F1 0.809 n=535'.",
            "Writes PREFIX.{confusion.png,report.md,report.json}; PREFIX defaults to MODEL-without-extension.eval."})
public final class EvaluateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model bundle written by ser train.")
    Path model;

    @Option(names = "--corpus", required = true, split = ",", paramLabel = "DIR",
            description = "Corpus folder(s), comma-separated, auto-detected.")
    List<Path> corpora;

    @Option(names = "--emotions", split = ",", paramLabel = "E", converter = EmotionConverter.class,
            description = "Emotions to score, e.g. angry,happy,sad,neutral (default: the model's, where present).")
    List<Emotion> emotions = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Feature extraction threads (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "PREFIX", description = "Path prefix of the report files.")
    Path out;

    @Option(names = "--json", description = "Print the result as one JSON object instead of text.")
    boolean json;

    @Option(names = "--quiet", description = "No progress lines.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1, got " + t);
        }
        if (!Files.isRegularFile(model)) {
            err.println("ser evaluate: no such model file: " + model);
            err.flush();
            return 1;
        }
        try {
            ModelBundle bundle = ModelBundle.load(model);
            ExperimentReport report = ModelEvaluation.evaluate(bundle, corpora, emotions, t,
                    new ConsoleProgress(err, ConsoleProgress.onTerminal(), quiet));
            Path prefix = out != null ? out : ReportFiles.prefixOf(model).resolveSibling(
                    ReportFiles.prefixOf(model).getFileName() + ".eval");
            Map<String, String> files = new LinkedHashMap<>();
            files.put("model", model.toString());
            files = ReportFiles.write(report, prefix, SerCommand.invocation(spec), files);
            files.remove("model");
            TrainCommand.print(stdout, report, files, json);
            return 0;
        } catch (ExperimentException e) {
            err.println("ser evaluate: " + e.getMessage());
            err.flush();
            return 1;
        } catch (NoSuchFileException e) {
            err.println("ser evaluate: no such file: " + e.getFile());
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println("ser evaluate: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
