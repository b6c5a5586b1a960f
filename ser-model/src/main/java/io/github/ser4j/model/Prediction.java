package io.github.ser4j.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The emotion recognised in one stretch of audio.
 *
 * @param label         the most probable emotion (the first in class order on a tie)
 * @param probabilities every class's softmax probability, by emotion name, in the model's class order
 * @param startSeconds  where the analysed window starts in the input
 * @param endSeconds    where it ends
 */
public record Prediction(String label, Map<String, Float> probabilities, double startSeconds, double endSeconds) {
    /** Validates and copies. */
    public Prediction {
        Objects.requireNonNull(label, "label");
        probabilities = Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
        if (!probabilities.containsKey(label)) {
            throw new IllegalArgumentException("label '" + label + "' is not among " + probabilities.keySet());
        }
        if (!(endSeconds >= startSeconds)) {
            throw new IllegalArgumentException("endSeconds " + endSeconds + " precedes startSeconds " + startSeconds);
        }
    }

    /** The probability of the predicted label. */
    public float confidence() {
        return probabilities.get(label);
    }

    /** The probability of {@code emotion}; throws if it is not a class of the model. */
    public float probability(String emotion) {
        Float p = probabilities.get(emotion);
        if (p == null) {
            throw new IllegalArgumentException("'" + emotion + "' is not a class; classes: " + probabilities.keySet());
        }
        return p;
    }

    /** The same prediction for another window. */
    Prediction at(double start, double end) {
        return new Prediction(label, probabilities, start, end);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s (%.2f) [%.2f s - %.2f s]", label, confidence(), startSeconds,
                endSeconds);
    }
}
