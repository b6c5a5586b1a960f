package io.github.ser4j.cli.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotTest {
    @TempDir
    Path dir;

    @Test
    void confusionMatrixPngDecodesAndShadesTheDiagonalDarkest() throws Exception {
        List<String> labels = List.of("angry", "happy", "sad", "neutral");
        long[][] counts = {{18, 1, 0, 1}, {3, 12, 0, 5}, {0, 0, 20, 0}, {1, 2, 2, 15}};
        Path png = dir.resolve("confusion.png");
        ConfusionMatrixPlot.of(labels, counts, "test").write(png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img).isNotNull();
        assertThat(img.getWidth()).isGreaterThan(4 * 48);
        // The "sad" row is 100% on the diagonal: the darkest colour of the ramp appears.
        assertThat(ConfusionMatrixPlot.shade(1.0)).isEqualTo(new Color(8, 48, 107));
        boolean dark = false;
        for (int y = 0; y < img.getHeight() && !dark; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRGB(x, y) == new Color(8, 48, 107).getRGB()) {
                    dark = true;
                    break;
                }
            }
        }
        assertThat(dark).isTrue();
    }

    @Test
    void rowShareIsCountOverRowTotalAndZeroForAnEmptyRow() {
        long[][] counts = {{3, 1}, {0, 0}};
        assertThat(ConfusionMatrixPlot.share(counts, 0, 0)).isEqualTo(0.75);
        assertThat(ConfusionMatrixPlot.share(counts, 1, 1)).isZero();
    }

    @Test
    void confusionMatrixRejectsANonSquareMatrix() {
        assertThatThrownBy(() -> ConfusionMatrixPlot.of(List.of("a", "b"), new long[][] {{1, 2}}, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 rows for 2 labels");
    }

    @Test
    void trainingCurvesPngDecodesWithMissingValuesAndOneEpochRuns() throws Exception {
        RunCurves fold1 = new RunCurves("fold 1", new double[] {1.4, 1.1, 0.8, 0.6},
                new double[] {1.5, 1.3, Double.NaN, 1.0}, new double[] {0.3, 0.5, 0.6, 0.7},
                new double[] {0.25, 0.4, 0.45, 0.5}, 4);
        RunCurves single = new RunCurves("final", new double[] {1.2}, new double[0], new double[] {0.4},
                new double[0], 0);
        Path png = dir.resolve("curves.png");
        TrainingCurvesPlot.of(List.of(fold1, single), "test").write(png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img).isNotNull();
        assertThat(img.getWidth()).isGreaterThan(800);
    }

    @Test
    void ticksAreNiceStepsCoveringTheRange() {
        AxisTicks t = AxisTicks.of(0.13, 1.87, 5);
        assertThat(t.step()).isEqualTo(0.5);
        assertThat(t.lo()).isEqualTo(0.0);
        assertThat(t.hi()).isEqualTo(2.0);
        assertThat(t.values()).hasSize(5);
        assertThat(t.label(1.5)).isEqualTo("1.5");
        AxisTicks flat = AxisTicks.of(2, 2, 5);
        assertThat(flat.lo()).isLessThan(2);
        assertThat(flat.hi()).isGreaterThan(2);
    }
}
