package io.github.ser4j.data.corpus;

/** A speaker's gender as published by the corpus; {@link #UNKNOWN} where it does not say. */
public enum Gender {
    /** Female speaker. */
    FEMALE,
    /** Male speaker. */
    MALE,
    /** Not published, or not known for this speaker. */
    UNKNOWN;

    /** Lower-case name for reports: {@code female}, {@code male}, {@code unknown}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
