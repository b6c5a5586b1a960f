package io.github.ser4j.model.experiment;

import io.github.ser4j.data.corpus.Corpus;
import io.github.ser4j.data.emotion.Emotion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one corpus contributed to an experiment, for the report.
 *
 * @param name       the corpus name (e.g. {@code ravdess}, or the names of combined corpora)
 * @param utterances utterances kept
 * @param speakers   distinct speakers
 * @param perClass   utterances per class label, in class order
 * @param unparsed   .wav files whose names could not be read
 */
public record CorpusInfo(String name, int utterances, int speakers, Map<String, Integer> perClass, int unparsed) {
    /** Copies the map, keeping its order. */
    public CorpusInfo {
        perClass = Collections.unmodifiableMap(new LinkedHashMap<>(perClass));
    }

    /** The figures of {@code corpus} for the given classes. */
    public static CorpusInfo of(Corpus corpus, List<Emotion> classes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<Emotion, Integer> c = corpus.emotionCounts();
        for (Emotion e : classes) {
            counts.put(e.label(), c.getOrDefault(e, 0));
        }
        return new CorpusInfo(corpus.name(), corpus.size(), corpus.speakers().size(), counts, corpus.unparsed().size());
    }
}
