package io.github.ser4j.model.train;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainConfigTest {
    @Test
    void badFieldsAreNamedWithTheirValue() {
        assertThatThrownBy(() -> TrainConfig.builder().epochs(0).build()).hasMessage("epochs must be >= 1, got 0");
        assertThatThrownBy(() -> TrainConfig.builder().learningRate(Double.NaN).build())
                .hasMessageContaining("learningRate").hasMessageContaining("NaN");
        assertThatThrownBy(() -> TrainConfig.builder().labelSmoothing(1.0).build())
                .hasMessageContaining("labelSmoothing must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> TrainConfig.builder().gradClipNorm(-1).build())
                .hasMessageContaining("gradClipNorm");
        assertThatThrownBy(() -> TrainConfig.builder().threads(0).build()).hasMessageContaining("threads");
        assertThatThrownBy(() -> TrainConfig.builder().gamma(1.5).build()).hasMessageContaining("gamma");
    }

    @Test
    void toBuilderRoundTrips() {
        TrainConfig c = TrainConfig.builder().epochs(7).optimizer(OptimizerKind.ADAMW).weightDecay(0.01)
                .schedule(ScheduleKind.COSINE).monitor(Monitor.VAL_LOSS).scaling(Scaling.PER_ROW).seed(3).build();
        assertThat(c.toBuilder().build()).isEqualTo(c);
        assertThat(TrainConfig.defaults().classWeights()).isTrue();
    }
}
