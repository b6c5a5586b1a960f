package io.github.ser4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CorpusCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cmd = SerCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void synthWritesTheCorpusAndScanJsonDescribesIt() throws Exception {
        Path out = dir.resolve("synth");
        Run synth = run("corpus", "synth", out.toString(), "--speakers", "3", "--per-emotion", "2", "--seed", "5");
        assertThat(synth.exit()).as(synth.err()).isZero();
        assertThat(synth.out()).contains("wrote 48 files");
        try (Stream<Path> s = Files.walk(out)) {
            assertThat(s.filter(p -> p.toString().endsWith(".wav")).count()).isEqualTo(48);
        }
        Files.writeString(out.resolve("Actor_01").resolve("notes.wav"), "not audio");

        Run scan = run("corpus", "scan", "--json", out.toString());
        assertThat(scan.exit()).as(scan.err()).isZero();
        String json = scan.out().strip();
        assertThat(json).startsWith("[").endsWith("]");
        Matcher m = Pattern.compile("\\{\"corpus\": \"(\\w+)\", \"utterances\": (\\d+), \"speakers\": (\\d+), "
                + "\"emotions\": \\{([^}]*)\\}, \"unparsed\": (\\d+)\\}").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        assertThat(m.group(1)).isEqualTo("ravdess");
        assertThat(m.group(2)).isEqualTo("48");
        assertThat(m.group(3)).isEqualTo("3");
        assertThat(m.group(4)).isEqualTo("\"neutral\": 6, \"calm\": 6, \"happy\": 6, \"sad\": 6, \"angry\": 6, "
                + "\"fearful\": 6, \"disgust\": 6, \"surprised\": 6");
        assertThat(m.group(5)).isEqualTo("1");
        assertThat(m.find()).as("one object per corpus").isFalse();
    }

    @Test
    void scanTablePrintsSpeakersEmotionsAndUnparsedPaths() throws Exception {
        Path out = dir.resolve("s");
        assertThat(run("corpus", "synth", out.toString(), "--speakers", "2", "--per-emotion", "1").exit()).isZero();
        Path stray = out.resolve("Actor_02").resolve("take 3.wav");
        Files.writeString(stray, "x");
        Run scan = run("corpus", "scan", out.toString());
        assertThat(scan.exit()).isZero();
        assertThat(scan.out()).contains("corpus ravdess: 16 utterances, 2 speakers, 8 emotions, 1 unparsed")
                .contains("ravdess:01").contains("ravdess:02").contains("surprised").contains(stray.toString());
    }

    @Test
    void scanOfSeveralFoldersGivesAnObjectPerCorpusAndUnknownForNoCorpus() throws Exception {
        Path a = dir.resolve("a");
        assertThat(run("corpus", "synth", a.toString(), "--speakers", "1", "--per-emotion", "1").exit()).isZero();
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(b.resolve("hello.wav"), "x");
        Run scan = run("corpus", "scan", "--json", a.toString(), b.toString());
        assertThat(scan.exit()).isZero();
        assertThat(scan.out()).contains("{\"corpus\": \"ravdess\", \"utterances\": 8, \"speakers\": 1")
                .contains("{\"corpus\": \"unknown\", \"utterances\": 0, \"speakers\": 0, \"emotions\": {}, \"unparsed\": 1}");
    }

    @Test
    void missingDirectoryExitsWithOneAndAClearMessage() {
        Path missing = dir.resolve("does-not-exist");
        Run scan = run("corpus", "scan", missing.toString());
        assertThat(scan.exit()).isEqualTo(1);
        assertThat(scan.err()).contains("no such directory").contains(missing.toString());
        Run bad = run("corpus", "synth", dir.resolve("x").toString(), "--per-emotion", "9");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("perEmotion");
    }

    @Test
    void jsonStringsAreEscaped() {
        assertThat(CorpusCommand.quote("a\"b\\c\n\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\"");
    }
}
