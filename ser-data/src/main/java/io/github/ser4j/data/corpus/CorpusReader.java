package io.github.ser4j.data.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads one corpus' file-naming scheme. A reader looks only at the file's name and the
 * names of the folders between the corpus root and the file; it never opens the audio.
 */
public interface CorpusReader {
    /** The corpus this reader understands. */
    CorpusId corpus();

    /**
     * Reads the labels out of one file's name.
     *
     * @param relative the file's path relative to the corpus root (its last element is the
     *                 file name; earlier elements are folders, e.g. {@code Actor_12})
     * @param file     the file's full path, stored in the utterance
     */
    NameParse parse(Path relative, Path file);

    /** One reader per supported corpus, in {@link CorpusId} order. */
    static List<CorpusReader> all() {
        return List.of(new RavdessReader(), new CremaDReader(), new TessReader(), new SaveeReader(),
                new EmoDbReader(), new EmovoReader(), new ShemoReader());
    }

    /** The reader of {@code corpus}. */
    static CorpusReader of(CorpusId corpus) {
        for (CorpusReader r : all()) {
            if (r.corpus() == corpus) {
                return r;
            }
        }
        throw new IllegalArgumentException("no reader for corpus " + corpus);
    }
}
