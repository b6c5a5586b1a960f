package io.github.ser4j.nn.optim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Keras EarlyStopping semantics, worked by hand from its on_epoch_end logic. */
class EarlyStoppingTest {
    @Test
    void stopsAfterPatienceEpochsWithoutImprovementAndRemembersTheBestEpoch() {
        EarlyStopping es = new EarlyStopping(EarlyStoppingConfig.of(MetricMode.MIN, 2));
        assertThat(es.update(1.0)).isFalse();  // epoch 0: best
        assertThat(es.improved()).isTrue();
        assertThat(es.update(0.8)).isFalse();  // epoch 1: best
        assertThat(es.update(0.9)).isFalse();  // epoch 2: wait 1
        assertThat(es.improved()).isFalse();
        assertThat(es.update(0.85)).isTrue();  // epoch 3: wait 2 >= patience
        assertThat(es.bestEpoch()).isEqualTo(1);
        assertThat(es.bestValue()).isEqualTo(0.8);
        assertThat(es.stoppedEpoch()).isEqualTo(3);
    }

    @Test
    void minDeltaDemandsAStrictImprovementByMoreThanTheDelta() {
        EarlyStopping es = new EarlyStopping(new EarlyStoppingConfig(MetricMode.MAX, 0.01, 1, Double.NaN));
        es.update(0.50);
        es.update(0.505); // +0.005 < minDelta: no improvement
        assertThat(es.improved()).isFalse();
        assertThat(es.shouldStop()).isTrue();
        assertThat(es.bestEpoch()).isZero();
    }

    @Test
    void patienceZeroNeverStopsAtTheFirstEpoch() {
        EarlyStopping es = new EarlyStopping(EarlyStoppingConfig.of(MetricMode.MIN, 0));
        assertThat(es.update(1.0)).isFalse(); // Keras requires epoch > 0
        assertThat(es.update(0.5)).isTrue();  // wait is reset then compared: 0 >= 0
    }

    @Test
    void baselineKeepsTheCounterRunningUntilBeaten() {
        EarlyStopping es = new EarlyStopping(new EarlyStoppingConfig(MetricMode.MAX, 0, 3, 0.7));
        es.update(0.5);
        es.update(0.6);
        assertThat(es.bestEpoch()).isEqualTo(1);
        assertThat(es.epochsWithoutImprovement()).isEqualTo(2);
        assertThat(es.update(0.65)).isTrue();
        es = new EarlyStopping(new EarlyStoppingConfig(MetricMode.MAX, 0, 3, 0.7));
        es.update(0.5);
        es.update(0.8);
        assertThat(es.epochsWithoutImprovement()).isZero();
    }

    @Test
    void restoredMonitorsContinueExactlyAsTheOriginals() throws Exception {
        double[] values = {1.0, 0.8, 0.9, 0.85, 0.7, 0.75, 0.76, 0.77, 0.78};
        EarlyStopping a = new EarlyStopping(EarlyStoppingConfig.of(MetricMode.MIN, 3));
        Sgd optA = new Sgd(java.util.List.of(io.github.ser4j.nn.tensor.Tensor.zeros(1)), SgdConfig.of(1.0));
        ReduceLrOnPlateau pa = new ReduceLrOnPlateau(optA, PlateauConfig.of(MetricMode.MIN).with(0.5, 1, 0));
        for (int i = 0; i < 5; i++) {
            a.update(values[i]);
            pa.step(values[i]);
        }
        EarlyStopping b = new EarlyStopping(EarlyStoppingConfig.of(MetricMode.MIN, 3));
        b.loadStateDict(a.stateDict());
        Sgd optB = new Sgd(java.util.List.of(io.github.ser4j.nn.tensor.Tensor.zeros(1)), SgdConfig.of(optA.learningRate()));
        ReduceLrOnPlateau pb = new ReduceLrOnPlateau(optB, PlateauConfig.of(MetricMode.MIN).with(0.5, 1, 0));
        pb.loadStateDict(pa.stateDict());
        for (int i = 5; i < values.length; i++) {
            assertThat(b.update(values[i])).isEqualTo(a.update(values[i]));
            assertThat(pb.step(values[i])).isEqualTo(pa.step(values[i]));
            assertThat(optB.learningRate()).isEqualTo(optA.learningRate());
        }
        assertThat(b.bestEpoch()).isEqualTo(a.bestEpoch()).isEqualTo(4);
        assertThat(b.stoppedEpoch()).isEqualTo(a.stoppedEpoch()).isEqualTo(7);
    }
}
