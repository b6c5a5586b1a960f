package io.github.ser4j.data.split;

import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One side of a {@link Split}: a list of utterances with their class and speaker counts.
 * A part is either a {@link TrainPart} (which alone can be augmented) or an {@link
 * EvalPart}; the sealed hierarchy is what makes "augment, then split" impossible to write.
 */
public abstract sealed class Part permits TrainPart, EvalPart {
    private final List<Utterance> utterances;

    Part(List<Utterance> utterances) {
        this.utterances = List.copyOf(utterances);
    }

    /** The utterances, in the order the splitter chose. */
    public List<Utterance> utterances() {
        return utterances;
    }

    /** Number of utterances. */
    public int size() {
        return utterances.size();
    }

    /** Whether the part holds no utterance. */
    public boolean isEmpty() {
        return utterances.isEmpty();
    }

    /** Utterances per emotion, in {@link Emotion} order; absent emotions omitted. */
    public Map<Emotion, Integer> classCounts() {
        Map<Emotion, Integer> m = new EnumMap<>(Emotion.class);
        utterances.forEach(u -> m.merge(u.emotion(), 1, Integer::sum));
        return Collections.unmodifiableMap(m);
    }

    /** Utterances per speaker, sorted by speaker id. */
    public Map<String, Integer> speakerCounts() {
        Map<String, Integer> m = new TreeMap<>();
        utterances.forEach(u -> m.merge(u.speaker(), 1, Integer::sum));
        return Collections.unmodifiableMap(m);
    }

    /** The distinct speakers, sorted. */
    public Set<String> speakers() {
        Set<String> s = new TreeSet<>();
        utterances.forEach(u -> s.add(u.speaker()));
        return Collections.unmodifiableSet(s);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + size() + " utterances, " + speakers().size() + " speakers]";
    }
}
