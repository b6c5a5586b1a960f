package io.github.ser4j.model.zoo;

/**
 * One network of the {@link ModelZoo}: its name, the input it was designed for, a one-line
 * description and its factory.
 *
 * @param name        registry name, e.g. {@code "crnn-seed003"}
 * @param input       the designed input (shape and feature recipe)
 * @param description what the network is, in one line
 * @param factory     builds it
 */
public record ZooEntry(String name, InputSpec input, String description, ModelFactory factory) {
    /** Validates every field. */
    public ZooEntry {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, got '" + name + "'");
        }
        if (input == null || factory == null) {
            throw new IllegalArgumentException("input and factory of '" + name + "' must not be null");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description of '" + name + "' must not be blank");
        }
    }
}
