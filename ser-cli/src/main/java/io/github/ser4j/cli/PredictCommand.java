package io.github.ser4j.cli;

import io.github.ser4j.cli.report.Json;
import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.audio.AudioLoader;
import io.github.ser4j.dsp.audio.LoadOptions;
import io.github.ser4j.model.EmotionRecognizer;
import io.github.ser4j.model.Prediction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ser predict}: the emotion of audio files with a saved model: the label and every
 * class's probability per file, or per sliding window with {@code --windows}.
 */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Recognise the emotion of audio files (a folder: every .wav file in it, recursively).")
public final class PredictCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model bundle written by ser train.")
    Path model;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Audio files or folders.")
    List<Path> inputs;

    @Option(names = "--windows", description = "One prediction per sliding window (the model's input length) "
            + "instead of one per file.")
    boolean windows;

    @Option(names = "--hop", defaultValue = "1.0", paramLabel = "SECONDS",
            description = "Hop between windows with --windows (default ${DEFAULT-VALUE}).")
    double hop;

    @Option(names = "--json", description = "Print one JSON array, an object per file.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(hop > 0) || Double.isInfinite(hop)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--hop must be > 0 seconds, got " + hop);
        }
        if (!Files.isRegularFile(model)) {
            err.println("ser predict: no such model file: " + model);
            err.flush();
            return 1;
        }
        EmotionRecognizer recognizer;
        try {
            recognizer = EmotionRecognizer.load(model);
        } catch (IOException e) {
            err.println("ser predict: cannot load model " + model + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        List<Path> files = new ArrayList<>();
        int failed = 0;
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase(Locale.ROOT)
                            .endsWith(".wav")).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println("ser predict: cannot list " + p + ": " + e.getMessage());
                    failed++;
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                err.println("ser predict: no such file or folder: " + p);
                failed++;
            }
        }
        List<Object> results = new ArrayList<>();
        for (Path f : files) {
            try {
                List<Prediction> preds = windows
                        ? windowPredictions(recognizer, f)
                        : List.of(recognizer.predict(f));
                if (json) {
                    results.add(toJson(f, preds, windows));
                } else {
                    printText(out, f, preds, windows);
                }
            } catch (IOException | RuntimeException e) {
                err.println("ser predict: " + f + ": " + e.getMessage());
                failed++;
            }
        }
        if (json) {
            out.println(Json.write(results, 2));
        }
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    private List<Prediction> windowPredictions(EmotionRecognizer r, Path f) throws IOException {
        Audio audio = AudioLoader.load(f, LoadOptions.nativeRate());
        return r.predictWindows(audio.samples(), audio.sampleRate(), hop);
    }

    static void printText(PrintWriter out, Path f, List<Prediction> preds, boolean windows) {
        if (!windows) {
            out.println(f + ": " + describe(preds.get(0)));
            return;
        }
        out.println(f + ":");
        for (Prediction p : preds) {
            out.printf(Locale.ROOT, "  %6.2f-%6.2f s  %s%n", p.startSeconds(), p.endSeconds(), describe(p));
        }
    }

    /** "angry 0.71 (happy 0.12, sad 0.09, neutral 0.08)": the label, then the others by probability. */
    static String describe(Prediction p) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s %.2f", p.label(), p.confidence()));
        List<Map.Entry<String, Float>> others = new ArrayList<>(p.probabilities().entrySet());
        others.removeIf(e -> e.getKey().equals(p.label()));
        others.sort(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder()));
        if (!others.isEmpty()) {
            sb.append(" (");
            for (int i = 0; i < others.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f", others.get(i).getKey(),
                        others.get(i).getValue()));
            }
            sb.append(')');
        }
        return sb.toString();
    }

    static Map<String, Object> toJson(Path f, List<Prediction> preds, boolean windows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", f.toString());
        if (!windows) {
            m.put("label", preds.get(0).label());
            m.put("probabilities", probabilities(preds.get(0)));
            return m;
        }
        List<Object> ws = new ArrayList<>();
        for (Prediction p : preds) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("start", p.startSeconds());
            w.put("end", p.endSeconds());
            w.put("label", p.label());
            w.put("probabilities", probabilities(p));
            ws.add(w);
        }
        m.put("windows", ws);
        return m;
    }

    private static Map<String, Object> probabilities(Prediction p) {
        Map<String, Object> m = new LinkedHashMap<>();
        p.probabilities().forEach((k, v) -> m.put(k, (double) v));
        return m;
    }
}
