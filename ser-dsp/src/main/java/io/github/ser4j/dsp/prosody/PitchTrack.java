package io.github.ser4j.dsp.prosody;

/**
 * A fundamental-frequency track: one value per analysis frame.
 *
 * @param f0       F0 in Hz per frame, 0 where the frame is unvoiced (or silent, or too close to
 *                 the signal's ends to analyse)
 * @param strength the normalised cross-correlation at the chosen period, in {@code [0, 1]}:
 *                 1 for a perfectly periodic frame, near 0 for noise. It is a periodicity
 *                 measure from which a harmonics-to-noise ratio follows,
 *                 {@code 10 log10(r / (1 - r))} dB (Boersma 1993)
 */
public record PitchTrack(float[] f0, float[] strength) {
    /** Checks that both tracks exist and have the same length. */
    public PitchTrack {
        if (f0 == null || strength == null) {
            throw new IllegalArgumentException("f0 and strength must not be null");
        }
        if (f0.length != strength.length) {
            throw new IllegalArgumentException("f0 has " + f0.length + " frames but strength " + strength.length);
        }
    }

    /** Number of frames. */
    public int frames() {
        return f0.length;
    }

    /** Whether frame {@code t} is voiced (has an F0). */
    public boolean voiced(int t) {
        return f0[t] > 0;
    }

    /** Number of voiced frames. */
    public int voicedFrames() {
        int n = 0;
        for (float v : f0) {
            n += v > 0 ? 1 : 0;
        }
        return n;
    }
}
