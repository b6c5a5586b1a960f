package io.github.ser4j.model.train;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryTest {
    private static final History H = new History(List.of(
            new EpochMetrics(1, 1.25, 0.5, 1.5, 0.4, 0.375, 0.3, 1e-3),
            new EpochMetrics(2, 0.75, 0.625, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 5e-4)),
            1, "early stopping: \"val_uar\" stalled");

    @Test
    void csvHasTheHeaderAndOneRowPerEpochThatReadsBack() {
        String[] lines = H.toCsv().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(History.CSV_HEADER);
        String[] row = lines[1].split(",");
        assertThat(Integer.parseInt(row[0])).isEqualTo(1);
        assertThat(Double.parseDouble(row[1])).isEqualTo(1.25);
        assertThat(Double.parseDouble(row[5])).isEqualTo(0.375);
        assertThat(Double.parseDouble(row[7])).isEqualTo(1e-3);
        assertThat(lines[2]).isEqualTo("2,0.75,0.625,nan,nan,nan,nan,5.0E-4");
    }

    @Test
    void jsonEscapesTheReasonAndWritesNanAsNull() {
        String json = H.toJson();
        assertThat(json).contains("\"best_epoch\": 1")
                .contains("\"stop_reason\": \"early stopping: \\\"val_uar\\\" stalled\"")
                .contains("{\"epoch\": 1, \"train_loss\": 1.25, \"train_accuracy\": 0.5, \"val_loss\": 1.5")
                .contains("\"val_uar\": null");
        // balanced braces and brackets: a cheap well-formedness check
        assertThat(json.chars().filter(c -> c == '{').count()).isEqualTo(json.chars().filter(c -> c == '}').count());
        assertThat(json.chars().filter(c -> c == '[').count()).isEqualTo(1);
    }

    @Test
    void bestEpochMustBeOneOfTheEpochs() {
        assertThat(H.best().epoch()).isEqualTo(1);
        assertThat(H.last().epoch()).isEqualTo(2);
        assertThatThrownBy(() -> new History(H.epochs(), 3, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bestEpoch 3");
    }
}
