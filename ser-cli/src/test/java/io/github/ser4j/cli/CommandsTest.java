package io.github.ser4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ser4j.data.synth.SynthConfig;
import io.github.ser4j.data.synth.SyntheticCorpus;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * In-process runs of train, evaluate and predict on a tiny synthetic corpus (4 speakers, one
 * utterance per emotion each, 4 emotions kept, 1-2 epochs of the small MLP network).
 */
class CommandsTest {
    static final Pattern SUMMARY = Pattern.compile(
            "UAR (\\d\\.\\d{3}) accuracy (\\d\\.\\d{3}) macro-F1 (\\d\\.\\d{3}) n=(\\d+)");
    static final String EMOTIONS = "angry,happy,sad,neutral";

    @TempDir
    static Path dir;
    static Path corpus;
    static Path other;
    static Path model;
    static Run trained;

    record Run(int exit, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    static Run run(String... args) {
        CommandLine cmd = SerCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void trainOnce() throws Exception {
        corpus = dir.resolve("corpus");
        other = dir.resolve("other");
        new SyntheticCorpus(new SynthConfig(4, 1, 11, 16000)).write(corpus);
        new SyntheticCorpus(new SynthConfig(2, 1, 99, 16000)).write(other);
        model = dir.resolve("out").resolve("model.ser");
        trained = run("train", "--corpus", corpus.toString(), "--model", "mlp-seed004", "--split", "speaker",
                "--emotions", EMOTIONS, "--epochs", "2", "--threads", "2", "--seed", "3", "--quiet",
                "--out", model.toString());
    }

    @Test
    void trainExitsZeroEndsWithTheSummaryLineAndWritesModelPlotsAndReports() throws Exception {
        assertThat(trained.exit()).as(trained.err()).isZero();
        Matcher m = SUMMARY.matcher(trained.lastLine());
        assertThat(m.matches()).as(trained.lastLine()).isTrue();
        // Speaker hold-out of 25% of 4 speakers: one speaker's 4 utterances are tested.
        assertThat(Integer.parseInt(m.group(4))).isEqualTo(4);
        assertThat(trained.out()).contains("precision").contains("neutral").contains("Confusion matrix");
        Path out = model.getParent();
        assertThat(model).isRegularFile();
        for (String png : new String[] {"model.confusion.png", "model.curves.png"}) {
            BufferedImage img = ImageIO.read(out.resolve(png).toFile());
            assertThat(img).as(png).isNotNull();
            assertThat(img.getWidth()).isGreaterThan(300);
        }
        String md = Files.readString(out.resolve("model.report.md"));
        assertThat(md).contains("# ser4j training report").contains("ser train --corpus")
                .contains("| class | precision | recall | F1 | support |").contains("![confusion matrix](model.confusion.png)")
                .contains("![training curves](model.curves.png)").contains("mlp-seed004").contains("pooling=stats");
        Map<String, Object> json = JsonParser.object(Files.readString(out.resolve("model.report.json")));
        assertThat(json).containsKeys("uar", "accuracy", "macro_f1", "n", "folds", "per_class", "confusion", "command",
                "corpora", "model", "recipe", "train_config", "labels", "pooled", "warnings");
        assertThat(json.get("n")).isEqualTo(4.0);
        assertThat(json.get("labels")).isEqualTo(List.of("neutral", "happy", "sad", "angry"));
        assertThat((List<?>) json.get("confusion")).hasSize(4);
        assertThat(List.copyOf(((Map<?, ?>) json.get("per_class")).keySet())).isEqualTo(List.of("neutral", "happy", "sad", "angry"));
        @SuppressWarnings("unchecked") Map<String, Object> fold = (Map<String, Object>) ((List<?>) json.get("folds")).get(0);
        assertThat(fold.keySet()).contains("history", "test_speakers", "per_class");
        assertThat((List<?>) ((Map<?, ?>) fold.get("history")).get("epochs")).hasSize(2);
        assertThat((String) json.get("command")).startsWith("ser train --corpus ");
    }

    @Test
    void speakerKFoldJsonHasTheDocumentedKeysAndTestsEveryUtteranceOnce() throws Exception {
        Run r = run("train", "--corpus", corpus.toString(), "--model", "mlp-seed004", "--split", "speaker",
                "--folds", "2", "--emotions", EMOTIONS, "--epochs", "1", "--threads", "2", "--quiet", "--json",
                "--out", dir.resolve("kfold").resolve("m.ser").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String json = r.out().strip();
        assertThat(json).startsWith("{\n  \"uar\": ");
        Map<String, Object> parsed = JsonParser.object(json);
        assertThat(parsed.keySet()).startsWith("uar", "accuracy", "macro_f1", "n", "folds");
        assertThat((List<?>) parsed.get("folds")).hasSize(2);
        Matcher keys = Pattern.compile("\"uar\": [0-9.]+,\\s+\"accuracy\": [0-9.]+,\\s+\"macro_f1\": [0-9.]+,"
                + "\\s+\"n\": (\\d+),\\s+\"folds\": \\[").matcher(json);
        assertThat(keys.find()).as(json).isTrue();
        assertThat(keys.group(1)).isEqualTo("16");
        assertThat(json.split("\"fold\": ", -1)).hasSize(3);
        assertThat(json).contains("\"uar_std\"").contains("\"report_json\"");
        assertThat(dir.resolve("kfold").resolve("m.ser")).isRegularFile();
        assertThat(Files.readString(dir.resolve("kfold").resolve("m.report.md"))).contains("Mean ± standard deviation over 2 folds")
                .contains("Final model: trained on all data");
    }

    @Test
    void evaluateOnAnotherCorpusScoresOnlyTheRequestedSharedEmotions() {
        assertThat(trained.exit()).as(trained.err()).isZero();
        Run text = run("evaluate", "--model", model.toString(), "--corpus", other.toString(), "--emotions", "angry,sad",
                "--threads", "2", "--quiet");
        assertThat(text.exit()).as(text.err()).isZero();
        Matcher m = SUMMARY.matcher(text.lastLine());
        assertThat(m.matches()).as(text.out()).isTrue();
        assertThat(m.group(4)).isEqualTo("4");
        assertThat(model.resolveSibling("model.eval.confusion.png")).isRegularFile();
        assertThat(model.resolveSibling("model.eval.report.md")).isRegularFile();

        Run json = run("evaluate", "--model", model.toString(), "--corpus", other.toString(), "--threads", "2", "--quiet",
                "--json", "--out", dir.resolve("eval").resolve("e").toString());
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"uar\": ").contains("\"accuracy\": ").contains("\"macro_f1\": ")
                .contains("\"n\": 8,").contains("\"folds\": [");
        assertThat(dir.resolve("eval").resolve("e.report.json")).isRegularFile();
    }

    @Test
    void predictGivesALabelAndProbabilitiesPerFileAndPerWindow() throws Exception {
        assertThat(trained.exit()).as(trained.err()).isZero();
        Path actor = other.resolve("Actor_01");
        Run text = run("predict", "--model", model.toString(), actor.toString());
        assertThat(text.exit()).as(text.err()).isZero();
        long files;
        try (var s = Files.list(actor)) {
            files = s.count();
        }
        assertThat(text.out().strip().split("\n")).hasSize((int) files)
                .allMatch(l -> l.matches(".*\\.wav: (neutral|happy|sad|angry) [01]\\.\\d\\d \\(.*\\)"));

        Path one = corpus.resolve("Actor_01").resolve("03-01-05-01-01-01-01.wav");
        Run json = run("predict", "--model", model.toString(), "--json", one.toString());
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"file\": ").contains("\"label\": ").contains("\"probabilities\": {")
                .contains("\"angry\": ");

        Run windows = run("predict", "--model", model.toString(), "--windows", "--hop", "0.5", "--json", one.toString());
        assertThat(windows.exit()).as(windows.err()).isZero();
        assertThat(windows.out()).contains("\"windows\": [").contains("\"start\": 0.0000");
    }

    @Test
    void crossCorpusTrainsOnTheFirstCorpusAndTestsOnTheSecond() throws Exception {
        // A second corpus in EMO-DB naming, made of synthetic recordings of other voices.
        Path emodb = Files.createDirectories(dir.resolve("emodb-named"));
        String[] letters = {"W", "F", "T", "N"};
        String[] codes = {"05", "03", "04", "01"};
        int copied = 0;
        for (String speaker : new String[] {"03", "08"}) {
            String actor = speaker.equals("03") ? "Actor_01" : "Actor_02";
            for (String text : new String[] {"a01", "a02"}) {
                for (int e = 0; e < letters.length; e++) {
                    Path src = other.resolve(actor).resolve("03-01-" + codes[e] + "-01-01-01-0"
                            + actor.charAt(actor.length() - 1) + ".wav");
                    Files.copy(src, emodb.resolve(speaker + text + letters[e] + "a.wav"));
                    copied++;
                }
            }
        }
        Run r = run("train", "--corpus", corpus + "," + emodb, "--split", "cross", "--model", "mlp-seed004",
                "--emotions", EMOTIONS, "--epochs", "1", "--threads", "2", "--quiet",
                "--out", dir.resolve("cross").resolve("c.ser").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Matcher m = SUMMARY.matcher(r.lastLine());
        assertThat(m.matches()).as(r.out()).isTrue();
        assertThat(Integer.parseInt(m.group(4))).isEqualTo(copied);
        String json = Files.readString(dir.resolve("cross").resolve("c.report.json"));
        assertThat(json).contains("\"protocol\": \"cross-corpus\"").contains("\"name\": \"emodb\"")
                .contains("\"test_speakers\": [\"emodb:03\", \"emodb:08\"]");
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsWrong() {
        Run noOut = run("train", "--corpus", corpus.toString());
        assertThat(noOut.exit()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out");

        Run badSplit = run("train", "--corpus", corpus.toString(), "--split", "diagonal", "--out", "x.ser");
        assertThat(badSplit.exit()).isEqualTo(2);
        assertThat(badSplit.err()).contains("unknown split protocol 'diagonal'");

        Run badEmotion = run("train", "--corpus", corpus.toString(), "--emotions", "angry,gleeful", "--out", "x.ser");
        assertThat(badEmotion.exit()).isEqualTo(2);
        assertThat(badEmotion.err()).contains("unknown emotion 'gleeful'");

        Run badModel = run("train", "--corpus", corpus.toString(), "--model", "gpt", "--out", "x.ser");
        assertThat(badModel.exit()).isEqualTo(2);
        assertThat(badModel.err()).contains("unknown model 'gpt'");

        Run badFolds = run("train", "--corpus", corpus.toString(), "--folds", "0", "--out", "x.ser");
        assertThat(badFolds.exit()).isEqualTo(2);
        assertThat(badFolds.err()).contains("folds must be >= 1, got 0");

        Run badSchedule = run("train", "--corpus", corpus.toString(), "--schedule", "zigzag", "--out", "x.ser");
        assertThat(badSchedule.exit()).isEqualTo(2);
        assertThat(badSchedule.err()).contains("unknown schedule 'zigzag'");

        Run unknown = run("train", "--corpus", corpus.toString(), "--out", "x.ser", "--bogus");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--bogus'");
    }

    @Test
    void missingCorpusOrModelExitsWithOneAndNamesThePath() {
        Path missing = dir.resolve("no-such-corpus");
        Run train = run("train", "--corpus", missing.toString(), "--out", dir.resolve("x.ser").toString(), "--quiet");
        assertThat(train.exit()).isEqualTo(1);
        assertThat(train.err()).contains("corpus folder does not exist: " + missing);

        Run eval = run("evaluate", "--model", dir.resolve("none.ser").toString(), "--corpus", corpus.toString());
        assertThat(eval.exit()).isEqualTo(1);
        assertThat(eval.err()).contains("no such model file").contains("none.ser");

        Path empty = dir.resolve("empty");
        Run noFiles = run("train", "--corpus", empty.toFile().mkdirs() ? empty.toString() : empty.toString(),
                "--out", dir.resolve("y.ser").toString(), "--quiet");
        assertThat(noFiles.exit()).isEqualTo(1);
        assertThat(noFiles.err()).contains("no utterance of a known corpus").contains(empty.toString());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String sub : new String[] {"train", "evaluate", "predict", "demo", "corpus"}) {
            Run help = run(sub, "--help");
            assertThat(help.exit()).as(sub).isZero();
            assertThat(help.out()).as(sub).contains("Usage: ser " + sub);
        }
        Run top = run("--help");
        assertThat(top.out()).contains("train").contains("evaluate").contains("predict").contains("demo");
    }
}
