package io.github.ser4j.dsp.audio;

import java.io.IOException;

/**
 * An audio file or stream that cannot be decoded: not WAV or AIFF, an unsupported encoding,
 * or a truncated, corrupt or inconsistent header. The message names the source and the
 * problem, e.g. {@code "a/b.wav: data chunk declares 88200 bytes but only 4410 remain"}.
 */
public class AudioFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String problem;

    /**
     * An error about {@code source}; the message is {@code source + ": " + problem}.
     *
     * @param source  the file path or stream name
     * @param problem what is wrong, with the offending values
     */
    public AudioFormatException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
        this.problem = problem;
    }

    /** The file path or stream name. */
    public String source() {
        return source;
    }

    /** What is wrong, without the source. */
    public String problem() {
        return problem;
    }
}
