package io.github.ser4j.data.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a folder holds, corpus by corpus: the result of {@link Corpora#scan(Path)}.
 *
 * @param root         the folder scanned
 * @param corpora      one corpus per corpus found, in {@link CorpusId} order; each carries
 *                     the files in its naming scheme that were rejected, and the majority
 *                     corpus also carries the files no scheme recognised
 * @param votes        WAV files in each corpus' naming scheme (parsed or rejected)
 * @param unrecognized WAV files in no known naming scheme
 */
public record CorpusScan(Path root, List<Corpus> corpora, Map<CorpusId, Integer> votes,
                         List<UnparsedFile> unrecognized) {

    /** Copies the lists and map. */
    public CorpusScan {
        corpora = List.copyOf(corpora);
        votes = Collections.unmodifiableMap(new EnumMap<>(votes.isEmpty() ? new EnumMap<>(CorpusId.class) : votes));
        unrecognized = List.copyOf(unrecognized);
    }

    /**
     * The corpus with the most files in its naming scheme (ties go to the earlier
     * {@link CorpusId}), or empty if no file was recognised.
     */
    public Optional<CorpusId> majority() {
        CorpusId best = null;
        int bestVotes = 0;
        for (Map.Entry<CorpusId, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** All corpora found, combined into one (the unrecognised files included as unparsed). */
    public Corpus combined() {
        if (corpora.isEmpty()) {
            return Corpus.of(root.getFileName() == null ? root.toString() : root.getFileName().toString(),
                    List.of(), unrecognized);
        }
        return Corpus.combine(corpora);
    }

    /** Every unparsed file: rejected names of all corpora and unrecognised names. */
    public List<UnparsedFile> allUnparsed() {
        List<UnparsedFile> all = new ArrayList<>();
        corpora.forEach(c -> all.addAll(c.unparsed()));
        if (corpora.isEmpty()) {
            all.addAll(unrecognized);
        }
        return all;
    }
}
