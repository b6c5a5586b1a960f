package io.github.ser4j.data.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ser4j.dsp.testing.Npy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Parity with scikit-learn 1.2.1 on 200 labels over 7 classes (golden/metrics/report_7cls.*). */
class ClassificationReportGoldenTest {
    private static final double TOL = 1e-12;
    private static final List<String> NAMES = List.of("angry", "disgust", "fearful", "happy", "neutral", "sad",
            "surprised");
    private static Map<String, Npy.Array> golden;
    private static ClassificationReport report;

    @BeforeAll
    static void load() throws IOException {
        golden = Npy.npzResource("golden/metrics/report_7cls.npz");
        report = ClassificationReport.of(ints(golden.get("y_true")), ints(golden.get("y_pred")), NAMES);
    }

    private static int[] ints(Npy.Array a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) a.data()[i];
        }
        return out;
    }

    private static double maxAbs(double[] expected, double[] actual) {
        assertThat(actual).hasSameSizeAs(expected);
        double m = 0;
        for (int i = 0; i < expected.length; i++) {
            m = Math.max(m, Math.abs(expected[i] - actual[i]));
        }
        return m;
    }

    @Test
    void perClassPrecisionRecallF1SupportMatchScikitLearn() {
        double err = Math.max(maxAbs(golden.get("precision").data(), report.precision()),
                Math.max(maxAbs(golden.get("recall").data(), report.recall()),
                        maxAbs(golden.get("f1").data(), report.f1())));
        System.out.println("max |error| per-class P/R/F1: " + err);
        assertThat(err).isLessThanOrEqualTo(TOL);
        long[] support = report.support();
        for (int c = 0; c < support.length; c++) {
            assertThat(support[c]).isEqualTo((long) golden.get("support").data()[c]);
        }
        // class 6 is never predicted: zero_division=0
        assertThat(report.precision()[6]).isZero();
    }

    @Test
    void accuracyUarAndAveragesMatchScikitLearn() {
        assertThat(report.accuracy()).isCloseTo(golden.get("accuracy").data()[0], within(TOL));
        assertThat(report.uar()).isCloseTo(golden.get("uar").data()[0], within(TOL));
        assertThat(report.macroF1()).isCloseTo(golden.get("f1_macro").data()[0], within(TOL));
        assertThat(report.weightedF1()).isCloseTo(golden.get("f1_weighted").data()[0], within(TOL));
    }

    @Test
    void confusionCountsAndRowNormalisedMatrixMatchScikitLearn() {
        long[][] counts = report.confusion().counts();
        double[][] norm = report.confusion().normalizedByTrue();
        Npy.Array c = golden.get("confusion");
        Npy.Array n = golden.get("confusion_norm_true");
        double err = 0;
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                assertThat(counts[i][j]).isEqualTo((long) c.at(i, j));
                err = Math.max(err, Math.abs(norm[i][j] - n.at(i, j)));
            }
        }
        System.out.println("max |error| normalised confusion: " + err);
        assertThat(err).isLessThanOrEqualTo(TOL);
    }

    @Test
    void textReportIsByteForByteScikitLearns() throws IOException {
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/golden/metrics/report_7cls.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(report.toText(4)).isEqualTo(expected);
    }

    @Test
    void formattingRoundsHalfToEvenOnTheBinaryValueAsPython() {
        // 0.125 is exact in binary: Python's format(0.125, '.2f') == '0.12'; 0.375 -> '0.38'
        assertThat(ClassificationReport.fixed(0.125, 2)).isEqualTo("0.12");
        assertThat(ClassificationReport.fixed(0.375, 2)).isEqualTo("0.38");
        // 2.675 is 2.67499999... in binary: Python gives '2.67'
        assertThat(ClassificationReport.fixed(2.675, 2)).isEqualTo("2.67");
    }
}
