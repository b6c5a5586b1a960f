package io.github.ser4j.model.bundle;

import io.github.ser4j.model.zoo.ModelZoo;
import io.github.ser4j.nn.layers.Module;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What is needed to rebuild a network before its weights are loaded: the
 * {@link ModelZoo} name, the number of classes, the shape of one input example (without the
 * batch axis) and named hyperparameters.
 *
 * <p>The zoo's factories take only the class count and the shape, so most hyperparameters are
 * recorded for the reader; one is read back: {@value TestTimeAugmentation#HYPERPARAMETER}, the
 * model's {@link TestTimeAugmentation}. They are kept sorted by key so equal architectures
 * serialise identically.
 *
 * @param name            zoo name, e.g. {@code "cnn1d-seed000"}
 * @param numClasses      number of output classes, {@code >= 2}
 * @param inputShape      one example's shape, every axis {@code >= 1}
 * @param hyperparameters further named settings, possibly empty
 */
public record ModelArchitecture(String name, int numClasses, int[] inputShape, Map<String, String> hyperparameters) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    /** Validates and copies every field. */
    public ModelArchitecture {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be 1-128 characters of [A-Za-z0-9._-], got '" + name + "'");
        }
        if (numClasses < 2) {
            throw new IllegalArgumentException("numClasses must be >= 2, got " + numClasses);
        }
        if (inputShape == null || inputShape.length == 0 || inputShape.length > 8) {
            throw new IllegalArgumentException("inputShape must have 1-8 axes, got " + Arrays.toString(inputShape));
        }
        inputShape = inputShape.clone();
        long n = 1;
        for (int d : inputShape) {
            if (d < 1) {
                throw new IllegalArgumentException("inputShape axes must be >= 1, got " + Arrays.toString(inputShape));
            }
            n *= d;
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("inputShape " + Arrays.toString(inputShape) + " is too large");
            }
        }
        hyperparameters = java.util.Collections.unmodifiableMap(new TreeMap<>(
                Objects.requireNonNull(hyperparameters, "hyperparameters")));
    }

    /** An architecture without hyperparameters. */
    public static ModelArchitecture of(String name, int numClasses, int... inputShape) {
        return new ModelArchitecture(name, numClasses, inputShape, Map.of());
    }

    /** The input shape (a copy). */
    @Override
    public int[] inputShape() {
        return inputShape.clone();
    }

    /** Values in one input example. */
    public int inputSize() {
        int n = 1;
        for (int d : inputShape) {
            n *= d;
        }
        return n;
    }

    /** Whether the model zoo knows {@link #name()}. */
    public boolean isKnown() {
        return ModelZoo.names().contains(name);
    }

    /**
     * A freshly initialised network of this architecture.
     *
     * @param seed seed of the initial weights and of later dropout and masking draws
     * @throws IllegalArgumentException if the zoo does not know the name
     */
    public Module build(long seed) {
        return ModelZoo.create(name, numClasses, inputShape, seed);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelArchitecture a && a.name.equals(name) && a.numClasses == numClasses
                && Arrays.equals(a.inputShape, inputShape) && a.hyperparameters.equals(hyperparameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, numClasses, Arrays.hashCode(inputShape), hyperparameters);
    }

    @Override
    public String toString() {
        return name + "(" + numClasses + " classes, input " + Arrays.toString(inputShape)
                + (hyperparameters.isEmpty() ? "" : ", " + hyperparameters) + ")";
    }
}
