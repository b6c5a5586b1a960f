package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.layers.Module;

import java.util.random.RandomGenerator;

/** Builds one zoo network for a number of classes and an example shape, from a random generator. */
@FunctionalInterface
public interface ModelFactory {
    /**
     * A freshly initialised network.
     *
     * @param numClasses number of output classes
     * @param inputShape one example's shape, without the batch axis
     * @param rng        draws the initial weights and every later random mask
     */
    Module create(int numClasses, int[] inputShape, RandomGenerator rng);
}
