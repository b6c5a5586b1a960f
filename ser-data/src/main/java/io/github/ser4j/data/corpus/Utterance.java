package io.github.ser4j.data.corpus;

import io.github.ser4j.data.emotion.Emotion;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One labelled recording of a corpus: where it is and what its file name says about it.
 *
 * <p>The speaker id is namespaced by corpus ({@code "ravdess:12"}, {@code "emodb:03"}), so
 * that speakers of two corpora never collide when corpora are combined, and a
 * speaker-independent split of a combined set stays speaker-independent.
 *
 * @param path      the audio file
 * @param corpus    the corpus it belongs to
 * @param emotion   the acted emotion
 * @param speaker   namespaced speaker id, {@code corpus:localId}
 * @param gender    the speaker's gender, {@link Gender#UNKNOWN} where not published
 * @param language  language spoken, BCP 47 tag
 * @param intensity acted intensity, {@link Intensity#UNSPECIFIED} where not recorded
 * @param text      id of the sentence or word spoken (corpus-specific, e.g. {@code "a01"})
 * @param take      repetition or version id, empty where the corpus has none
 * @param channel   speech or song
 */
public record Utterance(Path path, CorpusId corpus, Emotion emotion, String speaker, Gender gender,
                        String language, Intensity intensity, String text, String take,
                        VocalChannel channel) {

    /** Validates: no null field; the speaker is namespaced by this corpus. */
    public Utterance {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(emotion, "emotion");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(intensity, "intensity");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(take, "take");
        Objects.requireNonNull(channel, "channel");
        if (!speaker.startsWith(corpus.id() + ":") || speaker.length() == corpus.id().length() + 1) {
            throw new IllegalArgumentException("speaker must be '" + corpus.id() + ":<id>', got '"
                    + speaker + "' for " + path);
        }
    }

    /** The same utterance with another emotion label (used by relabelling). */
    public Utterance withEmotion(Emotion newEmotion) {
        return new Utterance(path, corpus, newEmotion, speaker, gender, language, intensity, text,
                take, channel);
    }

    /** The file name, e.g. {@code 03a01Fa.wav}. */
    public String fileName() {
        return path.getFileName().toString();
    }
}
