package io.github.ser4j.data.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {
    @Test
    void perfectPredictionsScoreOneEverywhere() {
        int[] y = {0, 1, 2, 2, 1, 0};
        ClassificationReport r = ClassificationReport.of(y, y, List.of("a", "b", "c"));
        assertThat(r.accuracy()).isEqualTo(1.0);
        assertThat(r.uar()).isEqualTo(1.0);
        assertThat(r.macroF1()).isEqualTo(1.0);
        assertThat(r.confusion().normalizedByTrue()[1]).containsExactly(0, 1, 0);
    }

    @Test
    void uarIgnoresClassesAbsentFromTruthWhileMacroAveragesCountThemAsZero() {
        // class 2 never occurs in y_true but is predicted once
        int[] t = {0, 0, 1, 1};
        int[] p = {0, 2, 1, 1};
        ClassificationReport r = ClassificationReport.of(t, p, List.of("a", "b", "c"));
        assertThat(r.uar()).isEqualTo((0.5 + 1.0) / 2);
        assertThat(r.macroRecall()).isEqualTo((0.5 + 1.0 + 0.0) / 3);
        assertThat(r.confusion().normalizedByTrue()[2]).containsExactly(0, 0, 0);
        assertThat(r.weightedRecall()).isEqualTo(0.75);
    }

    @Test
    void emotionLabelsGiveTheSameReportAsIndices() {
        var classes = List.of(io.github.ser4j.data.emotion.Emotion.SAD, io.github.ser4j.data.emotion.Emotion.ANGRY);
        ClassificationReport r = ClassificationReport.ofEmotions(
                List.of(classes.get(0), classes.get(1), classes.get(1)),
                List.of(classes.get(0), classes.get(0), classes.get(1)), classes);
        assertThat(r.toText(4)).isEqualTo(ClassificationReport.of(new int[] {0, 1, 1}, new int[] {0, 0, 1},
                List.of("sad", "angry")).toText(4));
        assertThatThrownBy(() -> ClassificationReport.ofEmotions(List.of(io.github.ser4j.data.emotion.Emotion.CALM),
                List.of(classes.get(0)), classes)).hasMessageContaining("yTrue[0] = calm");
    }

    @Test
    void rejectsMismatchedLengthsAndOutOfRangeLabels() {
        assertThatThrownBy(() -> ClassificationReport.of(new int[] {0}, new int[] {0, 1}, List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yPred");
        assertThatThrownBy(() -> ClassificationReport.of(new int[] {3}, new int[] {0}, List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yTrue[0] = 3");
    }
}
