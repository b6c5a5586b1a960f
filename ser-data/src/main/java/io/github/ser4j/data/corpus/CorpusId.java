package io.github.ser4j.data.corpus;

import java.util.Locale;
import java.util.Optional;

/**
 * The corpora ser4j can read, with the short id used in speaker names and JSON, and the
 * language spoken (BCP 47 tag).
 */
public enum CorpusId {
    /** Ryerson Audio-Visual Database of Emotional Speech and Song (24 actors, English). */
    RAVDESS("ravdess", "en"),
    /** Crowd-sourced Emotional Multimodal Actors Dataset (91 actors, English). */
    CREMA_D("cremad", "en"),
    /** Toronto Emotional Speech Set (2 female speakers, English). */
    TESS("tess", "en"),
    /** Surrey Audio-Visual Expressed Emotion (4 male speakers, British English). */
    SAVEE("savee", "en-GB"),
    /** Berlin Database of Emotional Speech (10 speakers, German). */
    EMODB("emodb", "de"),
    /** Italian emotional speech database (6 speakers). */
    EMOVO("emovo", "it"),
    /** Sharif Emotional Speech Database (87 speakers, Persian). */
    SHEMO("shemo", "fa");

    private final String id;
    private final String language;

    CorpusId(String id, String language) {
        this.id = id;
        this.language = language;
    }

    /** Short lower-case id, e.g. {@code "cremad"}; the namespace of this corpus' speakers. */
    public String id() {
        return id;
    }

    /** The language spoken, as a BCP 47 tag. */
    public String language() {
        return language;
    }

    /** Looks a corpus up by id or constant name, ignoring case, dashes and underscores. */
    public static Optional<CorpusId> find(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (CorpusId c : values()) {
            if (c.id.equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
