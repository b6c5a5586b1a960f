package io.github.ser4j.data.corpus;

/** Whether the utterance is spoken or sung (RAVDESS records both; every other corpus speaks). */
public enum VocalChannel {
    /** Spoken (RAVDESS vocal channel {@code 01}). */
    SPEECH,
    /** Sung (RAVDESS vocal channel {@code 02}). */
    SONG
}
