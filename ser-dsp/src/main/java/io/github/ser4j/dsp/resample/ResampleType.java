package io.github.ser4j.dsp.resample;

import java.util.Locale;

/**
 * The resampling algorithms, named as librosa's {@code res_type} argument names them.
 *
 * <p>{@link #KAISER_BEST} is librosa 0.9.2's default for {@code load} and {@code resample}.
 */
public enum ResampleType {
    /** resampy's {@code kaiser_best}: 50 zero crossings, 2^13 table points each, rolloff 0.917347, beta 12.9846. */
    KAISER_BEST("kaiser_best"),
    /** resampy's {@code kaiser_fast}: 24 zero crossings, 2^9 table points each, rolloff 0.868212, beta 9.90322. */
    KAISER_FAST("kaiser_fast"),
    /** {@code scipy.signal.resample_poly} with its default Kaiser (beta 5) FIR, librosa's {@code 'polyphase'}. */
    POLYPHASE("polyphase");

    private final String librosaName;

    ResampleType(String librosaName) {
        this.librosaName = librosaName;
    }

    /** The name librosa uses for this type ({@code res_type}). */
    public String librosaName() {
        return librosaName;
    }

    /**
     * Parses a librosa {@code res_type} name ({@code "kaiser_best"}, {@code "kaiser_fast"},
     * {@code "polyphase"}), case-insensitively; also accepts the enum constant names.
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static ResampleType fromName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (ResampleType t : values()) {
            if (t.librosaName.equals(n)) {
                return t;
            }
        }
        throw new IllegalArgumentException("res_type must be one of kaiser_best, kaiser_fast, polyphase; got '"
                + name + "'");
    }
}
