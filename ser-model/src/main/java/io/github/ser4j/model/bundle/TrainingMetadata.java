package io.github.ser4j.model.bundle;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a bundled model was made: on which corpora and split, with what result, when, by which
 * version of ser4j, from which seed, plus free-form notes (e.g. the training configuration).
 *
 * @param corpora   names of the corpora trained on, e.g. {@code ["ravdess", "emodb"]}
 * @param split     the split, e.g. {@code "speaker-holdout(0.2, seed 42)"}
 * @param metrics   named results, e.g. {@code test_uar -> 0.61}, in insertion order
 * @param created   when the model was made
 * @param version   the ser4j version that made it
 * @param seed      the seed of the run
 * @param notes     further named facts, in insertion order
 */
public record TrainingMetadata(List<String> corpora, String split, Map<String, Double> metrics, Instant created,
                               String version, long seed, Map<String, String> notes) {
    /** Validates and copies every field. */
    public TrainingMetadata {
        corpora = List.copyOf(corpora);
        Objects.requireNonNull(split, "split");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(metrics, "metrics")));
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(version, "version");
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(notes, "notes")));
    }

    /** Metadata stamped now with this library's version. */
    public static TrainingMetadata of(List<String> corpora, String split, Map<String, Double> metrics, long seed) {
        return new TrainingMetadata(corpora, split, metrics, Instant.now(), currentVersion(), seed, Map.of());
    }

    /** A copy with one more note. */
    public TrainingMetadata withNote(String key, String value) {
        Map<String, String> n = new LinkedHashMap<>(notes);
        n.put(key, value);
        return new TrainingMetadata(corpora, split, metrics, created, version, seed, n);
    }

    /** This library's version, from the jar manifest, or {@code "0.1.0-SNAPSHOT"} when run from classes. */
    public static String currentVersion() {
        String v = TrainingMetadata.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0-SNAPSHOT";
    }
}
