package io.github.ser4j.model.train;

import io.github.ser4j.model.zoo.ModelZoo;
import io.github.ser4j.nn.layers.Module;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The trainer on a zoo network with convolutions, batch norm and dropout, on two kernel threads. */
class ZooTrainingTest {
    /** [1, 50] examples: class c has a bump at position 10 + 15 c, plus noise. */
    private static FeatureDataset bumps(int perClass, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[][] x = new float[3 * perClass][50];
        int[] y = new int[3 * perClass];
        for (int i = 0; i < x.length; i++) {
            y[i] = i % 3;
            for (int t = 0; t < 50; t++) {
                double d = t - (10 + 15 * y[i]);
                x[i][t] = (float) (Math.exp(-d * d / 8) + 0.3 * rng.nextGaussian());
            }
        }
        return FeatureDataset.of(new int[] {1, 50}, x, y, 3);
    }

    @Test
    void sameSeedsAndTwoThreadsGiveBitIdenticalWeightsOnACnn() {
        FeatureDataset train = bumps(20, 1);
        FeatureDataset val = bumps(8, 2);
        TrainConfig c = TrainConfig.builder().epochs(4).batchSize(12).learningRate(3e-3).threads(2)
                .scaling(Scaling.PER_ROW).seed(9).build();
        Module a = ModelZoo.create("cnn1d-compact-seed001", 3, new int[] {1, 50}, 4);
        Module b = ModelZoo.create("cnn1d-compact-seed001", 3, new int[] {1, 50}, 4);
        TrainingResult ra = new Trainer(c).fit(a, train, val, TrainingListener.NONE);
        TrainingResult rb = new Trainer(c).fit(b, train, val, TrainingListener.NONE);
        assertThat(ra.history()).isEqualTo(rb.history());
        a.namedParameters().forEach((k, v) -> assertThat(v.data()).as(k).containsExactly(b.namedParameters().get(k).data()));
        a.namedBuffers().forEach((k, v) -> assertThat(v.data()).as(k).containsExactly(b.namedBuffers().get(k).data()));
        assertThat(ra.history().last().trainLoss()).isLessThan(ra.history().epochs().get(0).trainLoss());
    }
}
