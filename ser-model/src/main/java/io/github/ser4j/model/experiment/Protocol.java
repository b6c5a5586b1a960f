package io.github.ser4j.model.experiment;

import java.util.Locale;

/**
 * How an experiment divides its utterances into training and test data.
 *
 * <ul>
 *   <li>{@link #RANDOM}: stratified random hold-out (or stratified k-fold): the reference
 *       projects' protocol; speakers appear on both sides, so scores are optimistic.</li>
 *   <li>{@link #SPEAKER}: speaker-independent hold-out (or speaker-grouped k-fold): no
 *       speaker is on both sides.</li>
 *   <li>{@link #LOSO}: leave one speaker out: one fold per speaker.</li>
 *   <li>{@link #CROSS}: cross-corpus: train on the first corpus, test on the others.</li>
 * </ul>
 */
public enum Protocol {
    /** Stratified random hold-out or k-fold. */
    RANDOM,
    /** Speaker-independent hold-out or speaker-grouped k-fold. */
    SPEAKER,
    /** Leave one speaker out. */
    LOSO,
    /** Train on one corpus, test on another. */
    CROSS;

    /** The lower-case name used on the command line and in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code random}, {@code speaker}, {@code loso} or {@code cross} (any case).
     *
     * @throws IllegalArgumentException naming the value and the known names
     */
    public static Protocol parse(String name) {
        if (name != null) {
            for (Protocol p : values()) {
                if (p.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
                    return p;
                }
            }
        }
        return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case "speaker-independent", "si" -> SPEAKER;
            case "cross-corpus" -> CROSS;
            default -> throw new IllegalArgumentException("unknown split protocol '" + name
                    + "'; known: random, speaker, loso, cross");
        };
    }
}
