package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.layers.CrossEntropyLoss;
import io.github.ser4j.nn.layers.Dropout;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.optim.Adam;
import io.github.ser4j.nn.optim.AdamConfig;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.SplittableRandom;

/** Test fixtures: random batches, one Adam step, the loss on a fixed batch. */
final class Training {
    private Training() {
    }

    /** A standard-normal batch of {@code batch} examples of {@code spec}'s shape, from {@code seed}. */
    static Tensor batch(int[] exampleShape, int batch, long seed) {
        int[] shape = new int[exampleShape.length + 1];
        shape[0] = batch;
        System.arraycopy(exampleShape, 0, shape, 1, exampleShape.length);
        return Tensor.randn(new SplittableRandom(seed), shape);
    }

    /** Labels {@code 0, 1, ..., classes-1, 0, ...}. */
    static int[] labels(int batch, int classes) {
        int[] y = new int[batch];
        for (int i = 0; i < batch; i++) {
            y[i] = i % classes;
        }
        return y;
    }

    /**
     * Switches every {@link Dropout} and {@link SpecAugment} below {@code m} to evaluation,
     * leaving batch norm in training: the loss is then a deterministic function of the weights.
     */
    static void withoutRandomMasks(Module m) {
        if (m instanceof Dropout || m instanceof SpecAugment) {
            m.eval();
        }
        for (Module c : m.children().values()) {
            withoutRandomMasks(c);
        }
    }

    /** Runs {@code steps} Adam steps on {@code (x, y)}; returns the losses before each step and after the last. */
    static float[] adamSteps(Module m, Tensor x, int[] y, int steps, double lr) {
        Adam adam = new Adam(m.namedParameters(), AdamConfig.of(lr));
        CrossEntropyLoss ce = new CrossEntropyLoss();
        float[] losses = new float[steps + 1];
        for (int s = 0; s <= steps; s++) {
            m.zeroGrad();
            Tensor loss = io.github.ser4j.model.train.MemberEnsemble.trainingLoss(m, x, y, ce);
            losses[s] = loss.item();
            if (s == steps) {
                break;
            }
            loss.backward();
            adam.step();
        }
        return losses;
    }
}
