package io.github.ser4j.data.corpus;

import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.emotion.EmotionMapping;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An immutable set of labelled utterances, from one corpus or several combined, with the
 * files that could not be read as utterances.
 *
 * <p>Utterances keep the order they were given in (the readers give them sorted by path,
 * so a corpus read twice is the same list). Speakers are namespaced by corpus, so {@link
 * #combine} never merges two corpora's speakers.
 */
public final class Corpus {
    private final String name;
    private final List<Utterance> utterances;
    private final List<UnparsedFile> unparsed;

    private Corpus(String name, List<Utterance> utterances, List<UnparsedFile> unparsed) {
        this.name = name;
        this.utterances = List.copyOf(utterances);
        this.unparsed = List.copyOf(unparsed);
    }

    /**
     * A corpus of the given utterances.
     *
     * @param name       a display name, e.g. {@code "ravdess"} or {@code "ravdess+tess"}
     * @param utterances the labelled utterances
     * @param unparsed   files that could not be read as utterances
     */
    public static Corpus of(String name, List<Utterance> utterances, List<UnparsedFile> unparsed) {
        Objects.requireNonNull(name, "name");
        return new Corpus(name, utterances, unparsed);
    }

    /**
     * Combines corpora into one: the union of their utterances (an utterance whose path is
     * already present is not repeated) and of their unparsed files. The name joins theirs
     * with {@code +}.
     */
    public static Corpus combine(List<Corpus> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("combine needs at least one corpus");
        }
        Map<java.nio.file.Path, Utterance> byPath = new LinkedHashMap<>();
        Set<UnparsedFile> bad = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Corpus c : parts) {
            names.add(c.name);
            for (Utterance u : c.utterances) {
                byPath.putIfAbsent(u.path(), u);
            }
            bad.addAll(c.unparsed);
        }
        return new Corpus(String.join("+", names), new ArrayList<>(byPath.values()), new ArrayList<>(bad));
    }

    /** {@link #combine(List)} of the arguments. */
    public static Corpus combine(Corpus... parts) {
        return combine(List.of(parts));
    }

    /** The display name. */
    public String name() {
        return name;
    }

    /** The labelled utterances, in reading order. */
    public List<Utterance> utterances() {
        return utterances;
    }

    /** Files that could not be read as utterances, with reasons. */
    public List<UnparsedFile> unparsed() {
        return unparsed;
    }

    /** Number of utterances. */
    public int size() {
        return utterances.size();
    }

    /** The corpora the utterances come from, in {@link CorpusId} order. */
    public Set<CorpusId> sources() {
        Set<CorpusId> s = EnumSet.noneOf(CorpusId.class);
        utterances.forEach(u -> s.add(u.corpus()));
        return Collections.unmodifiableSet(s);
    }

    /** The distinct speakers, sorted. */
    public List<String> speakers() {
        return utterances.stream().map(Utterance::speaker).distinct().sorted().toList();
    }

    /** Utterances per emotion, in {@link Emotion} order, emotions without utterances absent. */
    public Map<Emotion, Integer> emotionCounts() {
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

    /** Utterances per gender, in {@link Gender} order. */
    public Map<Gender, Integer> genderCounts() {
        Map<Gender, Integer> m = new EnumMap<>(Gender.class);
        utterances.forEach(u -> m.merge(u.gender(), 1, Integer::sum));
        return Collections.unmodifiableMap(m);
    }

    /** The utterances that satisfy {@code keep} (unparsed files are kept as they are). */
    public Corpus filter(Predicate<Utterance> keep) {
        return new Corpus(name, utterances.stream().filter(keep).toList(), unparsed);
    }

    /**
     * Applies an emotion mapping: each utterance is relabelled to its target emotion, and
     * utterances whose emotion the mapping drops are left out.
     */
    public Corpus relabel(EmotionMapping mapping) {
        List<Utterance> out = new ArrayList<>();
        for (Utterance u : utterances) {
            Optional<Emotion> t = mapping.map(u.emotion());
            t.ifPresent(e -> out.add(e == u.emotion() ? u : u.withEmotion(e)));
        }
        return new Corpus(name, out, unparsed);
    }

    /** The utterances of each source corpus, in {@link CorpusId} order (unparsed files not split). */
    public Map<CorpusId, Corpus> bySource() {
        Map<CorpusId, List<Utterance>> groups = utterances.stream().collect(Collectors.groupingBy(
                Utterance::corpus, () -> new EnumMap<>(CorpusId.class), Collectors.toList()));
        Map<CorpusId, Corpus> out = new EnumMap<>(CorpusId.class);
        groups.forEach((id, us) -> out.put(id, new Corpus(id.id(), us, List.of())));
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "Corpus[" + name + ": " + utterances.size() + " utterances, " + speakers().size()
                + " speakers, " + unparsed.size() + " unparsed]";
    }
}
