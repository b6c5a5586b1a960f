package io.github.ser4j.data.prep;

import io.github.ser4j.data.emotion.Emotion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Maps emotions to class indices {@code 0..n-1} and back, and to one-hot vectors.
 *
 * <p>{@link #sorted} orders the classes alphabetically by label, as scikit-learn's
 * {@code LabelEncoder} and {@code OneHotEncoder} sort string labels (angry, calm, disgust,
 * ...), so indices match a Python model trained on the same labels; {@link #ofOrder}
 * keeps a given order.
 */
public final class LabelEncoder {
    private final List<Emotion> classes;
    private final Map<Emotion, Integer> index = new EnumMap<>(Emotion.class);

    private LabelEncoder(List<Emotion> classes) {
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("a label encoder needs at least one class");
        }
        this.classes = List.copyOf(classes);
        for (int i = 0; i < this.classes.size(); i++) {
            if (index.put(this.classes.get(i), i) != null) {
                throw new IllegalArgumentException("class " + this.classes.get(i) + " is listed twice");
            }
        }
    }

    /** The distinct emotions of {@code labels}, sorted by {@link Emotion#label()}. */
    public static LabelEncoder sorted(Collection<Emotion> labels) {
        List<Emotion> distinct = new ArrayList<>(new LinkedHashSet<>(labels));
        distinct.sort(Comparator.comparing(Emotion::label));
        return new LabelEncoder(distinct);
    }

    /** Exactly these classes in this order (no duplicates). */
    public static LabelEncoder ofOrder(List<Emotion> classes) {
        return new LabelEncoder(classes);
    }

    /** The classes, index {@code i} at position {@code i}. */
    public List<Emotion> classes() {
        return classes;
    }

    /** The class labels as strings, e.g. for a classification report. */
    public List<String> labels() {
        return classes.stream().map(Emotion::label).toList();
    }

    /** Number of classes. */
    public int size() {
        return classes.size();
    }

    /**
     * The index of {@code e}.
     *
     * @throws IllegalArgumentException if {@code e} is not a class
     */
    public int encode(Emotion e) {
        Integer i = index.get(e);
        if (i == null) {
            throw new IllegalArgumentException("emotion " + e + " is not one of the classes " + classes);
        }
        return i;
    }

    /** Encodes every label. */
    public int[] encode(List<Emotion> labels) {
        int[] out = new int[labels.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = encode(labels.get(i));
        }
        return out;
    }

    /** The emotion of index {@code i}. */
    public Emotion decode(int i) {
        if (i < 0 || i >= classes.size()) {
            throw new IllegalArgumentException("class index " + i + " out of range [0, " + classes.size() + ")");
        }
        return classes.get(i);
    }

    /** One-hot rows: {@code out[i][y[i]] = 1}, shape {@code [y.length][size()]}. */
    public float[][] oneHot(int[] y) {
        float[][] out = new float[y.length][classes.size()];
        for (int i = 0; i < y.length; i++) {
            decode(y[i]);
            out[i][y[i]] = 1f;
        }
        return out;
    }

    @Override
    public String toString() {
        return "LabelEncoder" + labels();
    }
}
