package io.github.ser4j.data.corpus;

import java.util.Objects;

/**
 * What a {@link CorpusReader} makes of one file name: a labelled {@link Parsed} utterance;
 * {@link Rejected}, a name in this corpus' naming scheme that is invalid (an unknown code,
 * a combination the corpus does not have); or {@link Foreign}, a name in some other scheme.
 * Detection counts parsed and rejected names as evidence for a corpus.
 */
public sealed interface NameParse {
    /** The name was read. @param utterance the labelled utterance */
    record Parsed(Utterance utterance) implements NameParse {
        /** Validates the utterance is present. */
        public Parsed {
            Objects.requireNonNull(utterance, "utterance");
        }
    }

    /** The name follows this corpus' scheme but is invalid. @param reason what is wrong */
    record Rejected(String reason) implements NameParse {
        /** Validates the reason is present. */
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The name does not follow this corpus' scheme. */
    record Foreign() implements NameParse {
    }

    /** The shared {@link Foreign} instance. */
    NameParse FOREIGN = new Foreign();

    /** Whether the name belongs to the corpus' scheme (parsed or rejected). */
    default boolean recognized() {
        return !(this instanceof Foreign);
    }
}
