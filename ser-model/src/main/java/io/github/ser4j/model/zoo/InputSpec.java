package io.github.ser4j.model.zoo;

import java.util.Arrays;
import java.util.List;

/**
 * What a zoo network reads: the shape of one example (without the batch axis) and a short
 * name of the feature recipe that produces it, e.g.
 * {@code "seed000: ZCR+RMS+MFCC20 frames at 8025 Hz, 880 values"} for {@code [1, 880]}.
 *
 * @param recipe a short human-readable name of the features, not blank
 * @param shape  the shape of one example, every axis {@code >= 1}
 */
public record InputSpec(String recipe, List<Integer> shape) {
    /** Validates and copies the shape. */
    public InputSpec {
        if (recipe == null || recipe.isBlank()) {
            throw new IllegalArgumentException("recipe must not be blank, got '" + recipe + "'");
        }
        if (shape == null || shape.isEmpty()) {
            throw new IllegalArgumentException("shape must have at least one axis, got " + shape);
        }
        for (Integer d : shape) {
            if (d == null || d < 1) {
                throw new IllegalArgumentException("shape axes must be >= 1, got " + shape);
            }
        }
        shape = List.copyOf(shape);
    }

    /** A spec from a recipe name and the axes of one example. */
    public static InputSpec of(String recipe, int... shape) {
        return new InputSpec(recipe, Arrays.stream(shape).boxed().toList());
    }

    /** The shape of one example as an array. */
    public int[] exampleShape() {
        return shape.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The shape of a batch of {@code batch} examples: {@code [batch, ...shape]}. */
    public int[] batchShape(int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        }
        int[] out = new int[shape.size() + 1];
        out[0] = batch;
        for (int i = 0; i < shape.size(); i++) {
            out[i + 1] = shape.get(i);
        }
        return out;
    }

    /** Number of values in one example. */
    public int size() {
        int n = 1;
        for (int d : shape) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }
}
