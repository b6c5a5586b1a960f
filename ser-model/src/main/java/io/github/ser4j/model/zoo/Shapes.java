package io.github.ser4j.model.zoo;

import java.util.Arrays;

/** Checks of the example shapes given to the zoo's constructors, with messages naming the network. */
final class Shapes {
    private Shapes() {
    }

    /** Throws unless {@code shape} has {@code rank} axes, each {@code >= 1}. */
    static int[] require(String network, int[] shape, int rank, String layout) {
        if (shape == null || shape.length != rank) {
            throw new IllegalArgumentException(network + ": input shape must be " + layout + " (one example, no batch axis), got "
                    + Arrays.toString(shape));
        }
        for (int d : shape) {
            if (d < 1) {
                throw new IllegalArgumentException(network + ": input shape axes must be >= 1, got " + Arrays.toString(shape));
            }
        }
        return shape.clone();
    }

    /** Throws unless {@code numClasses >= 2}. */
    static void requireClasses(String network, int numClasses) {
        if (numClasses < 2) {
            throw new IllegalArgumentException(network + ": numClasses must be >= 2, got " + numClasses);
        }
    }

    /** Throws unless axis {@code axis} of {@code shape} equals {@code expected}. */
    static void requireAxis(String network, int[] shape, int axis, int expected, String what) {
        if (shape[axis] != expected) {
            throw new IllegalArgumentException(network + ": " + what + " must be " + expected + ", got " + shape[axis]
                    + " in " + Arrays.toString(shape));
        }
    }

    /** Throws unless {@code value >= min}, naming the derived size. */
    static void requireAtLeast(String network, String what, int value, int min, int[] shape) {
        if (value < min) {
            throw new IllegalArgumentException(network + ": input " + Arrays.toString(shape) + " is too small: " + what
                    + " would be " + value + " (needs >= " + min + ")");
        }
    }
}
