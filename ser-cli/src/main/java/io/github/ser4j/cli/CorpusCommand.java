package io.github.ser4j.cli;

import io.github.ser4j.data.corpus.Corpora;
import io.github.ser4j.data.corpus.Corpus;
import io.github.ser4j.data.corpus.CorpusScan;
import io.github.ser4j.data.corpus.UnparsedFile;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.synth.SynthConfig;
import io.github.ser4j.data.synth.SyntheticCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ser corpus}: inspect emotional speech corpora on disk and write the synthetic one.
 *
 * <pre>
 * ser corpus scan DIR...          utterances per speaker and emotion, unparsed files
 * ser corpus scan --json DIR...   the same as one JSON array, an object per corpus found
 * ser corpus synth DIR [--speakers N] [--per-emotion M] [--seed S]
 * </pre>
 */
@Command(name = "corpus",
        mixinStandardHelpOptions = true,
        description = "Inspect emotional speech corpora and write the synthetic corpus.",
        subcommands = {CorpusCommand.Scan.class, CorpusCommand.Synth.class})
public final class CorpusCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code ser corpus scan}: what each folder holds. */
    @Command(name = "scan", mixinStandardHelpOptions = true,
            description = "Detect and read corpora: utterances per emotion, speaker and corpus; unparsed files.")
    static final class Scan implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders to scan (recursively).")
        List<Path> dirs;

        @Option(names = "--json", description = "Print one JSON array, an object per corpus found.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<CorpusScan> scans = new ArrayList<>();
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir)) {
                    err.println("ser corpus scan: no such directory: " + dir);
                    err.flush();
                    return 1;
                }
                try {
                    scans.add(Corpora.scan(dir));
                } catch (IOException e) {
                    err.println("ser corpus scan: cannot read " + dir + ": " + e);
                    err.flush();
                    return 1;
                }
            }
            if (json) {
                out.println(toJson(scans));
            } else {
                scans.forEach(s -> printTable(out, s));
            }
            out.flush();
            return 0;
        }
    }

    /** {@code ser corpus synth}: write the synthetic corpus. */
    @Command(name = "synth", mixinStandardHelpOptions = true,
            description = "Write the synthetic emotional speech corpus in RAVDESS layout (Actor_NN/03-01-EE-II-SS-RR-NN.wav).")
    static final class Synth implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "Output folder (created if absent).")
        Path dir;

        @Option(names = "--speakers", defaultValue = "12", description = "Actors, 1-99 (default ${DEFAULT-VALUE}).")
        int speakers;

        @Option(names = "--per-emotion", defaultValue = "4",
                description = "Utterances per emotion per actor, 1-8; neutral at most 4 (default ${DEFAULT-VALUE}).")
        int perEmotion;

        @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--sample-rate", defaultValue = "16000", description = "Hz (default ${DEFAULT-VALUE}).")
        int sampleRate;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                err.println("ser corpus synth: not a directory: " + dir);
                err.flush();
                return 1;
            }
            SynthConfig config;
            try {
                config = new SynthConfig(speakers, perEmotion, seed, sampleRate);
            } catch (IllegalArgumentException e) {
                err.println("ser corpus synth: " + e.getMessage());
                err.flush();
                return 1;
            }
            long t0 = System.nanoTime();
            try {
                List<Path> files = new SyntheticCorpus(config).write(dir);
                out.printf(Locale.ROOT, "wrote %d files (%d speakers, %d emotions, seed %d) to %s in %.1f s%n",
                        files.size(), speakers, SyntheticCorpus.emotions().size(), seed, dir,
                        (System.nanoTime() - t0) / 1e9);
            } catch (IOException e) {
                err.println("ser corpus synth: cannot write " + dir + ": " + e);
                err.flush();
                return 1;
            }
            out.flush();
            return 0;
        }
    }

    /** One JSON object per corpus found in each scan; "unknown" for a folder with no known names. */
    static String toJson(List<CorpusScan> scans) {
        List<String> objects = new ArrayList<>();
        for (CorpusScan scan : scans) {
            if (scan.corpora().isEmpty()) {
                objects.add(jsonObject("unknown", 0, 0, Map.of(), scan.unrecognized().size()));
            }
            for (Corpus c : scan.corpora()) {
                objects.add(jsonObject(c.name(), c.size(), c.speakers().size(), c.emotionCounts(), c.unparsed().size()));
            }
        }
        return objects.isEmpty() ? "[]" : "[\n  " + String.join(",\n  ", objects) + "\n]";
    }

    private static String jsonObject(String corpus, int utterances, int speakers, Map<Emotion, Integer> emotions,
                                     int unparsed) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"corpus\": ").append(quote(corpus))
                .append(", \"utterances\": ").append(utterances)
                .append(", \"speakers\": ").append(speakers)
                .append(", \"emotions\": {");
        boolean first = true;
        for (Map.Entry<Emotion, Integer> e : new EnumMap<>(emotions.isEmpty()
                ? new EnumMap<Emotion, Integer>(Emotion.class) : emotions).entrySet()) {
            sb.append(first ? "" : ", ").append(quote(e.getKey().label())).append(": ").append(e.getValue());
            first = false;
        }
        sb.append("}, \"unparsed\": ").append(unparsed).append('}');
        return sb.toString();
    }

    /** A JSON string literal (RFC 8259 escaping). */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Speakers down, emotions across, totals last; then the unparsed files with reasons. */
    static void printTable(PrintWriter out, CorpusScan scan) {
        out.println("== " + scan.root());
        if (scan.corpora().isEmpty()) {
            out.println("no known corpus naming found");
        }
        for (Corpus c : scan.corpora()) {
            Set<Emotion> emotions = EnumSet.noneOf(Emotion.class);
            emotions.addAll(c.emotionCounts().keySet());
            out.printf(Locale.ROOT, "corpus %s: %d utterances, %d speakers, %d emotions, %d unparsed%n", c.name(),
                    c.size(), c.speakers().size(), emotions.size(), c.unparsed().size());
            if (c.size() > 0) {
                Map<String, Map<Emotion, Integer>> grid = new TreeMap<>();
                Map<String, String> gender = new TreeMap<>();
                for (Utterance u : c.utterances()) {
                    grid.computeIfAbsent(u.speaker(), k -> new EnumMap<>(Emotion.class)).merge(u.emotion(), 1, Integer::sum);
                    gender.put(u.speaker(), u.gender().label());
                }
                int w = Math.max(8, grid.keySet().stream().mapToInt(String::length).max().orElse(8));
                StringBuilder head = new StringBuilder(String.format("%-" + w + "s %-7s", "speaker", "gender"));
                emotions.forEach(e -> head.append(String.format(" %9s", e.label())));
                head.append(String.format(" %9s", "total"));
                out.println(head);
                grid.forEach((speaker, counts) -> {
                    StringBuilder row = new StringBuilder(String.format("%-" + w + "s %-7s", speaker, gender.get(speaker)));
                    int total = 0;
                    for (Emotion e : emotions) {
                        int n = counts.getOrDefault(e, 0);
                        total += n;
                        row.append(String.format(" %9d", n));
                    }
                    out.println(row.append(String.format(" %9d", total)));
                });
                StringBuilder totals = new StringBuilder(String.format("%-" + w + "s %-7s", "total", ""));
                emotions.forEach(e -> totals.append(String.format(" %9d", c.emotionCounts().get(e))));
                out.println(totals.append(String.format(" %9d", c.size())));
            }
        }
        List<UnparsedFile> bad = scan.allUnparsed();
        if (!bad.isEmpty()) {
            out.println("unparsed files (" + bad.size() + "):");
            bad.forEach(u -> out.println("  " + u.path() + ": " + u.reason()));
        }
        out.println();
    }
}
