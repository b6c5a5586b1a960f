package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.ops.SlidingWindow;
import io.github.ser4j.nn.optim.Sgd;
import io.github.ser4j.nn.optim.SgdConfig;
import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: a tiny CNN (Conv1d, BatchNorm, ReLU, max pooling, Dropout, Linear) learns to
 * tell three sine frequencies apart under random phase and noise, and training is
 * bit-for-bit reproducible for a fixed seed.
 */
class TinyCnnTrainingTest {
    private static final int LENGTH = 32;
    private static final int CLASSES = 3;
    private static final double[] CYCLES = {2, 5, 9};

    private record Data(Tensor x, int[] y) {
    }

    private static Data data(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[n * LENGTH];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(CLASSES);
            double phase = rng.nextDouble() * 2 * Math.PI;
            for (int t = 0; t < LENGTH; t++) {
                x[i * LENGTH + t] = (float) (Math.sin(2 * Math.PI * CYCLES[y[i]] * t / LENGTH + phase)
                        + 0.3 * rng.nextGaussian());
            }
        }
        return new Data(Tensor.of(x, n, 1, LENGTH), y);
    }

    private static Sequential model(SplittableRandom rng) {
        return new Sequential(
                new Conv1d(1, 8, SlidingWindow.same(5, 1, 1), true, rng),
                new BatchNorm1d(8), new ReLU(),
                new MaxPool1d(SlidingWindow.same(5, 2, 1)),
                new Dropout(0.1f, rng),
                new Flatten(),
                new Linear(8 * LENGTH / 2, CLASSES, rng));
    }

    /** Trains for a few epochs; returns the loss of every step, then the test accuracy as the last entry. */
    private static List<Float> train(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Data train = data(480, seed + 1);
        Data test = data(300, seed + 2);
        Sequential m = model(rng);
        Sgd sgd = new Sgd(m.namedParameters(), SgdConfig.withMomentum(0.05, 0.9));
        CrossEntropyLoss lossFn = new CrossEntropyLoss();
        List<Float> out = new ArrayList<>();
        int batch = 32;
        for (int epoch = 0; epoch < 6; epoch++) {
            for (int b = 0; b < 480; b += batch) {
                Tensor xb = train.x().slice(0, b, b + batch).detach();
                int[] yb = java.util.Arrays.copyOfRange(train.y(), b, b + batch);
                m.zeroGrad();
                Tensor loss = lossFn.forward(m.forward(xb), yb);
                loss.backward();
                sgd.step();
                out.add(loss.item());
            }
        }
        m.eval();
        int correct = 0;
        try (NoGrad scope = NoGrad.enter()) {
            float[] logits = m.forward(test.x()).data();
            for (int i = 0; i < test.y().length; i++) {
                int best = 0;
                for (int c = 1; c < CLASSES; c++) {
                    if (logits[i * CLASSES + c] > logits[i * CLASSES + best]) {
                        best = c;
                    }
                }
                correct += best == test.y()[i] ? 1 : 0;
            }
        }
        out.add(correct / (float) test.y().length);
        return out;
    }

    @Test
    void learnsSineFrequenciesToAtLeast95PercentAndIsReproducible() {
        List<Float> first = train(11);
        List<Float> second = train(11);
        float accuracy = first.get(first.size() - 1);
        System.out.printf("tiny CNN: first loss %.4f, last loss %.4f, test accuracy %.3f%n",
                first.get(0), first.get(first.size() - 2), accuracy);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.95f);
        assertThat(second).containsExactlyElementsOf(first);
        assertThat(train(12)).isNotEqualTo(first);
    }
}
