package io.github.ser4j.data.features;

import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The features of a list of utterances (and augmented copies), in input order, failed ones
 * left out and listed in {@link #failures()}.
 *
 * <pre>{@code
 * FeatureSet train = extractor.extractExamples(split.train().augmented(2, augmenter, 7).examples());
 * float[][] x = train.vectors();          // [N][n] for pooled recipes
 * List<Emotion> y = train.labels();
 * }</pre>
 */
public final class FeatureSet {

    /**
     * One extracted example.
     *
     * @param source    the utterance (for a copy, the one it was made from); its label is the example's
     * @param copyIndex 0 for the original, {@code >= 1} for an augmented copy
     * @param features  the recipe's output array
     */
    public record Entry(Utterance source, int copyIndex, FeatureArray features) {
        /** Validates the fields. */
        public Entry {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(features, "features");
        }

        /** The emotion label. */
        public Emotion label() {
            return source.emotion();
        }
    }

    /**
     * What a run did.
     *
     * @param computed  examples whose features were computed
     * @param cacheHits examples read from the cache
     * @param failed    examples that failed
     * @param seconds   wall-clock duration of the run
     */
    public record Stats(int computed, int cacheHits, int failed, double seconds) {
    }

    private final FeatureRecipe recipe;
    private final List<Entry> entries;
    private final List<ExtractionFailure> failures;
    private final Stats stats;

    /** A set of entries extracted with {@code recipe}. */
    public FeatureSet(FeatureRecipe recipe, List<Entry> entries, List<ExtractionFailure> failures, Stats stats) {
        this.recipe = Objects.requireNonNull(recipe, "recipe");
        this.entries = List.copyOf(entries);
        this.failures = List.copyOf(failures);
        this.stats = Objects.requireNonNull(stats, "stats");
    }

    /** The recipe. */
    public FeatureRecipe recipe() {
        return recipe;
    }

    /** The extracted examples, in input order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The examples that failed, in input order. */
    public List<ExtractionFailure> failures() {
        return failures;
    }

    /** Counters and duration of the run. */
    public Stats stats() {
        return stats;
    }

    /** Number of extracted examples. */
    public int size() {
        return entries.size();
    }

    /** The labels, entry by entry. */
    public List<Emotion> labels() {
        return entries.stream().map(Entry::label).toList();
    }

    /**
     * The common shape of every entry.
     *
     * @throws IllegalStateException if the set is empty or entries differ in shape (a recipe
     *                               without a fixed length and frame pooling)
     */
    public int[] shape() {
        if (entries.isEmpty()) {
            throw new IllegalStateException("no entries");
        }
        int[] s = entries.get(0).features().shape();
        for (Entry e : entries) {
            if (!Arrays.equals(s, e.features().shape())) {
                throw new IllegalStateException("entries differ in shape: " + Arrays.toString(s) + " and "
                        + Arrays.toString(e.features().shape()) + " (" + e.source().path() + ")");
            }
        }
        return s;
    }

    /** Pooled features as a matrix {@code [N][n]} (rows share the entries' arrays: do not modify). */
    public float[][] vectors() {
        int[] s = shape();
        if (s.length != 1) {
            throw new IllegalStateException("entries are not vectors: shape " + Arrays.toString(s));
        }
        float[][] x = new float[entries.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = entries.get(i).features().data();
        }
        return x;
    }

    /** Frame features as {@code [N][rows][frames]} (copies). */
    public float[][][] matrices() {
        int[] s = shape();
        if (s.length != 2) {
            throw new IllegalStateException("entries are not matrices: shape " + Arrays.toString(s));
        }
        float[][][] x = new float[entries.size()][][];
        for (int i = 0; i < x.length; i++) {
            x[i] = entries.get(i).features().toMatrix();
        }
        return x;
    }

    /** All entries stacked into one array of shape {@code [N, ...shape]} (C order). */
    public FeatureArray stacked() {
        int[] s = entries.isEmpty() ? recipe.outputShape() : shape();
        int per = 1;
        for (int d : s) {
            per *= Math.max(d, 0);
        }
        float[] data = new float[entries.size() * per];
        for (int i = 0; i < entries.size(); i++) {
            System.arraycopy(entries.get(i).features().data(), 0, data, i * per, per);
        }
        int[] shape = new int[s.length + 1];
        shape[0] = entries.size();
        for (int i = 0; i < s.length; i++) {
            shape[i + 1] = Math.max(s[i], 0);
        }
        return new FeatureArray(shape, data);
    }
}
