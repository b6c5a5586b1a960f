package io.github.ser4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of {@code ser demo --quick}: the whole pipeline on a tiny corpus, one epoch. */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void quickDemoWritesCorpusModelAndReportsAndPredictsHeldOutFiles() throws Exception {
        CommandsTest.Run r = CommandsTest.run("demo", "--quick", "--dir", dir.toString(), "--threads", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("ser demo: 4 synthetic speakers x 4 emotions").contains("precision")
                .contains("Held-out recordings").contains("demo finished in");
        assertThat(r.out().lines().filter(l -> CommandsTest.SUMMARY.matcher(l).matches()).count()).isEqualTo(1);
        assertThat(dir.resolve("corpus").resolve("Actor_01")).isDirectory();
        assertThat(dir.resolve("model.ser")).isRegularFile();
        assertThat(ImageIO.read(dir.resolve("model.confusion.png").toFile())).isNotNull();
        assertThat(ImageIO.read(dir.resolve("model.curves.png").toFile())).isNotNull();
        assertThat(dir.resolve("model.report.md")).isRegularFile();
    }

    @Test
    void demoRejectsMoreThanFourTakesPerEmotionAsAUsageError() {
        CommandsTest.Run r = CommandsTest.run("demo", "--per-emotion", "6", "--dir", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--per-emotion must be in [1, 4]");
    }
}
