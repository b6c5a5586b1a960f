package io.github.ser4j.nn.recurrent;

import io.github.ser4j.nn.layers.Linear;
import io.github.ser4j.nn.ops.SoftmaxCrossEntropy;
import io.github.ser4j.nn.optim.Adam;
import io.github.ser4j.nn.optim.AdamConfig;
import io.github.ser4j.nn.optim.GradientClipping;
import io.github.ser4j.nn.optim.OneCycleConfig;
import io.github.ser4j.nn.optim.OneCycleLr;
import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: a small bidirectional LSTM classifier, trained with Adam, one-cycle and
 * gradient clipping, learns a task that needs memory (the class is the sign of the first
 * step's first feature, the following steps are noise), and the same seed gives the same
 * weights bit for bit.
 */
class RecurrentTrainingTest {
    private static final int STEPS = 8;
    private static final int FEATURES = 3;

    private record Run(double accuracy, float[] weights) {
    }

    private static Run train(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Lstm lstm = new Lstm(RecurrentConfig.of(FEATURES, 8).withBidirectional(true)
                .withOutput(RecurrentOutput.FINAL_STATE), rng);
        Linear head = new Linear(16, 2, rng);
        Map<String, Tensor> params = new LinkedHashMap<>();
        lstm.namedParameters().forEach((k, v) -> params.put("lstm." + k, v));
        head.namedParameters().forEach((k, v) -> params.put("head." + k, v));
        Adam adam = new Adam(params, AdamConfig.of(1e-2));
        int iterations = 120;
        OneCycleLr schedule = new OneCycleLr(adam, OneCycleConfig.of(0.05, iterations));
        SplittableRandom data = new SplittableRandom(seed + 1);
        for (int it = 0; it < iterations; it++) {
            int[] y = new int[32];
            Tensor x = batch(data, y);
            adam.zeroGrad();
            Tensor loss = SoftmaxCrossEntropy.apply(head.forward(lstm.forward(x)), y, null, 0f);
            loss.backward();
            GradientClipping.clipGradNorm(params.values(), 1.0);
            adam.step();
            schedule.step();
        }
        int[] y = new int[256];
        Tensor x = batch(new SplittableRandom(99), y);
        int correct = 0;
        try (NoGrad scope = NoGrad.enter()) {
            float[] logits = head.forward(lstm.forward(x)).data();
            for (int i = 0; i < y.length; i++) {
                int pred = logits[2 * i + 1] > logits[2 * i] ? 1 : 0;
                correct += pred == y[i] ? 1 : 0;
            }
        }
        return new Run(correct / (double) y.length, params.get("lstm.weight_hh_l0").data().clone());
    }

    private static Tensor batch(SplittableRandom rng, int[] labels) {
        Tensor x = Tensor.zeros(labels.length, STEPS, FEATURES);
        float[] d = x.data();
        for (int b = 0; b < labels.length; b++) {
            for (int i = 0; i < STEPS * FEATURES; i++) {
                d[b * STEPS * FEATURES + i] = (float) rng.nextGaussian();
            }
            labels[b] = d[b * STEPS * FEATURES] > 0 ? 1 : 0;
        }
        return x;
    }

    @Test
    void learnsATaskThatNeedsMemoryAndIsReproducible() {
        Run a = train(7);
        Run b = train(7);
        System.out.printf("LSTM memory task accuracy %.3f%n", a.accuracy());
        assertThat(a.accuracy()).isGreaterThan(0.9);
        assertThat(b.weights()).containsExactly(a.weights());
    }
}
