package io.github.ser4j.model.train;

import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TrainerTest {
    private static final FeatureDataset TRAIN = Blobs.make(new int[] {30, 30, 30}, 8, 1.0, 1);
    private static final FeatureDataset VAL = Blobs.make(new int[] {10, 10, 10}, 8, 1.0, 2);

    private static TrainConfig.Builder quick() {
        return TrainConfig.builder().epochs(8).batchSize(16).learningRate(1e-2).patience(0).seed(5);
    }

    private static Map<String, float[]> weights(Module m) {
        Map<String, float[]> out = new LinkedHashMap<>();
        m.namedParameters().forEach((k, v) -> out.put(k, v.data().clone()));
        m.namedBuffers().forEach((k, v) -> out.put(k, v.data().clone()));
        return out;
    }

    private static void assertSameWeights(Map<String, float[]> a, Map<String, float[]> b) {
        assertThat(a.keySet()).containsExactlyElementsOf(b.keySet());
        a.forEach((k, v) -> assertThat(v).as(k).containsExactly(b.get(k)));
    }

    @Test
    void sameSeedsGiveBitIdenticalHistoryAndWeights() {
        TrainConfig c = quick().schedule(ScheduleKind.ONE_CYCLE).gradClipNorm(1.0).build();
        TrainingResult a = new Trainer(c).fit(Blobs.mlp(8, 3, 11), TRAIN, VAL, TrainingListener.NONE);
        TrainingResult b = new Trainer(c).fit(Blobs.mlp(8, 3, 11), TRAIN, VAL, TrainingListener.NONE);
        assertThat(a.history()).isEqualTo(b.history());
        assertSameWeights(weights(a.model()), weights(b.model()));

        // another batch-order seed must change the run, or the comparison above proves nothing
        TrainingResult other = new Trainer(c.toBuilder().seed(6).build())
                .fit(Blobs.mlp(8, 3, 11), TRAIN, VAL, TrainingListener.NONE);
        assertThat(other.history().epochs().get(0).trainLoss()).isNotEqualTo(a.history().epochs().get(0).trainLoss());
    }

    @Test
    void learnsSeparableClustersWellAboveChance() {
        TrainingResult r = new Trainer(quick().epochs(30).build()).fit(Blobs.mlp(8, 3, 3), TRAIN, VAL,
                TrainingListener.NONE);
        assertThat(r.history().best().valUar()).isGreaterThan(0.8);
        Evaluation e = Evaluation.of(r.model(), r.scaler().apply(VAL), 7, List.of("a", "b", "c"));
        assertThat(e.uar()).isEqualTo(r.history().best().valUar());
    }

    @Test
    void absurdLearningRateStopsWithMessageNamingEpochBatchAndTensor() {
        TrainConfig c = quick().optimizer(OptimizerKind.SGD).momentum(0).learningRate(1e37).build();
        assertThatThrownBy(() -> new Trainer(c).fit(Blobs.plainMlp(8, 3, 1), TRAIN, VAL, TrainingListener.NONE))
                .isInstanceOf(TrainingDivergedException.class)
                .hasMessageMatching("training diverged at epoch 1, batch \\d+: "
                        + "(loss is (NaN|Infinity)|gradient of '[0-9.a-z_]+' is .*|parameter '[0-9.a-z_]+' is .*)"
                        + ".*");
    }

    /** Passes its input through a Linear layer, but returns NaN logits from the {@code badCall}-th call on. */
    private static final class NanAfter extends Module {
        private final Module inner;
        private final int badCall;
        private int calls;

        NanAfter(Module inner, int badCall) {
            this.inner = registerModule("inner", inner);
            this.badCall = badCall;
        }

        @Override
        public Tensor forward(Tensor input) {
            Tensor out = inner.forward(input);
            return ++calls >= badCall ? out.mul(Float.NaN) : out;
        }
    }

    @Test
    void injectedNanStopsAtTheExactEpochAndBatch() {
        // 90 examples in batches of 16 = 6 batches per epoch (the last has 10); training call 9 = epoch 2, batch 3
        // (validation adds one forward call per epoch: calls 1-6 epoch 1, 7 validation, 8.. epoch 2)
        TrainConfig c = quick().build();
        assertThatThrownBy(() -> new Trainer(c).fit(new NanAfter(Blobs.plainMlp(8, 3, 1), 10), TRAIN, VAL,
                TrainingListener.NONE))
                .isInstanceOf(TrainingDivergedException.class)
                .hasMessageStartingWith("training diverged at epoch 2, batch 3: loss is NaN")
                .satisfies(e -> {
                    TrainingDivergedException d = (TrainingDivergedException) e;
                    assertThat(d.epoch()).isEqualTo(2);
                    assertThat(d.batch()).isEqualTo(3);
                    assertThat(d.quantity()).isEqualTo("loss");
                });
    }

    @Test
    void nonFiniteFeatureIsRejectedBeforeTrainingNamingTheSample() {
        float[][] x = new float[TRAIN.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = TRAIN.sample(i).clone();
        }
        x[17][5] = Float.NaN;
        FeatureDataset bad = FeatureDataset.of(TRAIN.sampleShape(), x, TRAIN.labels(), 3);
        assertThatThrownBy(() -> new Trainer(quick().build()).fit(Blobs.mlp(8, 3, 1), bad, VAL, TrainingListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("training sample 17").hasMessageContaining("NaN").hasMessageContaining("index 5");
    }

    @Test
    void earlyStoppingRestoresTheBestEpochsWeights() {
        // validation labels unrelated to the features: its UAR wanders and stops improving early
        int[] noisy = VAL.labels();
        for (int i = 0; i < noisy.length; i++) {
            noisy[i] = (noisy[i] + i) % 3;
        }
        FeatureDataset val = FeatureDataset.of(VAL.sampleShape(), samples(VAL), noisy, 3);
        List<Map<String, float[]>> perEpoch = new ArrayList<>();
        Module model = Blobs.mlp(8, 3, 21);
        TrainingListener snapshotter = new TrainingListener() {
            @Override
            public void onEpoch(EpochMetrics metrics, int maxEpochs) {
                perEpoch.add(weights(model));
            }
        };
        TrainConfig c = quick().epochs(60).patience(4).build();
        TrainingResult r = new Trainer(c).fit(model, TRAIN, val, snapshotter);
        History h = r.history();

        assertThat(h.stopReason()).startsWith("early stopping");
        assertThat(h.epochs().size()).isLessThan(60);
        double bestUar = h.epochs().stream().mapToDouble(EpochMetrics::valUar).max().orElseThrow();
        assertThat(h.best().valUar()).isEqualTo(bestUar);
        assertThat(h.bestEpoch()).isLessThan(h.epochs().size());
        assertSameWeights(weights(r.model()), perEpoch.get(h.bestEpoch() - 1));
        assertThat(weights(r.model()).get("0.weight")).isNotEqualTo(perEpoch.get(perEpoch.size() - 1).get("0.weight"));
    }

    private static float[][] samples(FeatureDataset d) {
        float[][] x = new float[d.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = d.sample(i);
        }
        return x;
    }

    @Test
    void classWeightsGiveTheWeightedMeanCrossEntropy() {
        FeatureDataset imbalanced = Blobs.make(new int[] {40, 10, 5}, 8, 1.0, 3);
        float[] w = Trainer.classWeights(imbalanced);
        // scikit-learn 'balanced': n / (k n_c) = 55 / (3 * 40), 55 / 30, 55 / 15
        assertThat(w).containsExactly(55f / 120, 55f / 30, 55f / 15);

        double weighted = firstBatchLoss(imbalanced, true);
        double plain = firstBatchLoss(imbalanced, false);

        // oracle: the per-example cross-entropy of the initial network, averaged by hand
        Module net = Blobs.plainMlp(8, 3, 9);
        FeatureScaler scaler = FeatureScaler.fit(Scaling.PER_ELEMENT, imbalanced);
        FeatureDataset scaled = scaler.apply(imbalanced);
        double num = 0;
        double den = 0;
        double sum = 0;
        try (NoGrad g = NoGrad.enter()) {
            int[] all = new int[scaled.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            float[] z = net.forward(scaled.batch(all, 0, all.length)).data();
            for (int i = 0; i < all.length; i++) {
                double max = Math.max(z[3 * i], Math.max(z[3 * i + 1], z[3 * i + 2]));
                double lse = max + Math.log(Math.exp(z[3 * i] - max) + Math.exp(z[3 * i + 1] - max)
                        + Math.exp(z[3 * i + 2] - max));
                double ce = lse - z[3 * i + scaled.label(i)];
                num += w[scaled.label(i)] * ce;
                den += w[scaled.label(i)];
                sum += ce;
            }
        }
        assertThat(weighted).isCloseTo(num / den, within(1e-5 * Math.abs(num / den)));
        assertThat(plain).isCloseTo(sum / scaled.size(), within(1e-5 * (sum / scaled.size())));
        assertThat(Math.abs(weighted - plain)).isGreaterThan(1e-3);
    }

    @Test
    void labelSmoothingMixesInTheMeanOverAllClasses() {
        double smoothed = firstBatchLoss(TRAIN, false, 0.2);
        // oracle: (1 - eps) (-log p_y) + eps / k * sum_c (-log p_c), averaged over examples
        Module net = Blobs.plainMlp(8, 3, 9);
        FeatureDataset scaled = FeatureScaler.fit(Scaling.PER_ELEMENT, TRAIN).apply(TRAIN);
        double sum = 0;
        try (NoGrad g = NoGrad.enter()) {
            int[] all = java.util.stream.IntStream.range(0, scaled.size()).toArray();
            float[] z = net.forward(scaled.batch(all, 0, all.length)).data();
            for (int i = 0; i < all.length; i++) {
                double max = Math.max(z[3 * i], Math.max(z[3 * i + 1], z[3 * i + 2]));
                double lse = max + Math.log(Math.exp(z[3 * i] - max) + Math.exp(z[3 * i + 1] - max)
                        + Math.exp(z[3 * i + 2] - max));
                double all3 = 3 * lse - z[3 * i] - z[3 * i + 1] - z[3 * i + 2];
                sum += 0.8 * (lse - z[3 * i + scaled.label(i)]) + 0.2 / 3 * all3;
            }
        }
        double expected = sum / scaled.size();
        assertThat(smoothed).isCloseTo(expected, within(1e-5 * expected));
    }

    private static double firstBatchLoss(FeatureDataset data, boolean classWeights) {
        return firstBatchLoss(data, classWeights, 0);
    }

    /** The loss of the first batch when the batch is the whole training set. */
    private static double firstBatchLoss(FeatureDataset data, boolean classWeights, double smoothing) {
        double[] loss = new double[1];
        TrainConfig c = quick().epochs(1).batchSize(data.size()).classWeights(classWeights).labelSmoothing(smoothing)
                .build();
        new Trainer(c).fit(Blobs.plainMlp(8, 3, 9), data, null, new TrainingListener() {
            @Override
            public void onBatch(int epoch, int batch, int batches, double l) {
                if (epoch == 1 && batch == 1) {
                    loss[0] = l;
                }
            }
        });
        return loss[0];
    }

    @Test
    void gradientClippingCapsTheStepsLength() {
        // one full-batch SGD step without momentum moves the weights by lr * g * min(1, c / ||g||)
        double lr = 0.1;
        double clip = 1e-3;
        for (double c : new double[] {0, clip}) {
            Module net = Blobs.plainMlp(8, 3, 9);
            Map<String, float[]> before = weights(net);
            TrainConfig cfg = quick().epochs(1).batchSize(TRAIN.size()).optimizer(OptimizerKind.SGD).momentum(0)
                    .learningRate(lr).gradClipNorm(c).build();
            new Trainer(cfg).fit(net, TRAIN, null, TrainingListener.NONE);
            double sq = 0;
            for (Map.Entry<String, float[]> e : weights(net).entrySet()) {
                float[] b = before.get(e.getKey());
                for (int i = 0; i < b.length; i++) {
                    double d = e.getValue()[i] - b[i];
                    sq += d * d;
                }
            }
            double step = Math.sqrt(sq);
            if (c > 0) {
                assertThat(step).isCloseTo(lr * clip, within(1e-3 * lr * clip));
            } else {
                assertThat(step).isGreaterThan(100 * lr * clip); // the unclipped gradient is much longer
            }
        }
    }

    @Test
    void withoutValidationTrainsAllEpochsAndKeepsTheLast() {
        TrainingResult r = new Trainer(quick().epochs(3).patience(2).build()).fit(Blobs.mlp(8, 3, 1), TRAIN, null,
                TrainingListener.NONE);
        assertThat(r.history().epochs()).hasSize(3);
        assertThat(r.history().bestEpoch()).isEqualTo(3);
        assertThat(r.history().last().valUar()).isNaN();
    }

    @Test
    void stepScheduleHalvesTheRateEveryStepSizeEpochs() {
        TrainConfig c = quick().epochs(5).schedule(ScheduleKind.STEP).stepSize(2).gamma(0.5).build();
        History h = new Trainer(c).fit(Blobs.mlp(8, 3, 1), TRAIN, VAL, TrainingListener.NONE).history();
        assertThat(h.epochs()).extracting(EpochMetrics::learningRate)
                .containsExactly(1e-2, 1e-2, 5e-3, 5e-3, 2.5e-3);
    }

    @Test
    void cosineScheduleAnnealsToTheFloor() {
        // PyTorch's CosineAnnealingLR: eta_t = eta_min + (eta_0 - eta_min) (1 + cos(pi t / T)) / 2, epoch e uses t = e - 1
        TrainConfig c = quick().epochs(6).schedule(ScheduleKind.COSINE).minLearningRate(1e-4).build();
        History h = new Trainer(c).fit(Blobs.mlp(8, 3, 1), TRAIN, VAL, TrainingListener.NONE).history();
        for (EpochMetrics m : h.epochs()) {
            double expected = 1e-4 + (1e-2 - 1e-4) * (1 + Math.cos(Math.PI * (m.epoch() - 1) / 6)) / 2;
            assertThat(m.learningRate()).as("epoch %d", m.epoch()).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void plateauScheduleCutsTheRateWhenValidationStalls() {
        // validation labels unrelated to the features: the monitored UAR stops improving
        int[] noisy = VAL.labels();
        for (int i = 0; i < noisy.length; i++) {
            noisy[i] = (noisy[i] + i) % 3;
        }
        FeatureDataset val = FeatureDataset.of(VAL.sampleShape(), samples(VAL), noisy, 3);
        TrainConfig c = quick().epochs(20).schedule(ScheduleKind.PLATEAU).plateauPatience(1).gamma(0.5).build();
        History h = new Trainer(c).fit(Blobs.mlp(8, 3, 1), TRAIN, val, TrainingListener.NONE).history();
        List<Double> rates = h.epochs().stream().map(EpochMetrics::learningRate).toList();
        assertThat(rates.get(0)).isEqualTo(1e-2);
        assertThat(rates.get(rates.size() - 1)).isLessThan(1e-2);
        // every change is a halving by gamma
        for (int e = 1; e < rates.size(); e++) {
            double ratio = rates.get(e) / rates.get(e - 1);
            assertThat(ratio).isIn(1.0, 0.5);
        }
    }

    @Test
    void trailingBatchOfOneJoinsThePreviousBatch() {
        assertThat(Trainer.batchBounds(33, 16)).containsExactly(0, 16, 33);
        assertThat(Trainer.batchBounds(34, 16)).containsExactly(0, 16, 32, 34);
        assertThat(Trainer.batchBounds(1, 16)).containsExactly(0, 1);
        assertThat(Trainer.batchBounds(32, 16)).containsExactly(0, 16, 32);
    }

    @Test
    void restoresTheCallersKernelThreadCount() {
        int before = io.github.ser4j.nn.kernels.Parallelism.threads();
        new Trainer(quick().epochs(1).threads(before == 1 ? 2 : 1).build()).fit(Blobs.mlp(8, 3, 1), TRAIN, VAL,
                TrainingListener.NONE);
        assertThat(io.github.ser4j.nn.kernels.Parallelism.threads()).isEqualTo(before);
    }
}
