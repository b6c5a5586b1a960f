package io.github.ser4j.data.corpus;

/**
 * How strongly an emotion was acted, where the corpus records it.
 *
 * <p>RAVDESS has two levels ({@code 01} normal, {@code 02} strong); CREMA-D four
 * ({@code LO}, {@code MD}, {@code HI} and {@code XX} "unspecified"); the other corpora none,
 * which is {@link #UNSPECIFIED}.
 */
public enum Intensity {
    /** Not recorded (or CREMA-D {@code XX}). */
    UNSPECIFIED,
    /** CREMA-D {@code LO}. */
    LOW,
    /** CREMA-D {@code MD}. */
    MEDIUM,
    /** CREMA-D {@code HI}. */
    HIGH,
    /** RAVDESS {@code 01}. */
    NORMAL,
    /** RAVDESS {@code 02}. */
    STRONG;

    /** Lower-case name for reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
