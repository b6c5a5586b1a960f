package io.github.ser4j.dsp.spectral;

/**
 * Slicing a signal into overlapping frames, as {@code librosa.util.frame} does: frame
 * {@code t} holds samples {@code [t * hop, t * hop + frameLength)}, and there are
 * {@code 1 + (n - frameLength) / hop} of them (a partial last frame is dropped).
 *
 * <p>Centring ({@code center=True} in librosa) first pads {@code frameLength / 2} samples on
 * both sides, so that frame {@code t} is centred on sample {@code t * hop} of the original
 * signal.
 */
public final class Framing {
    private Framing() {
    }

    /**
     * Number of whole frames in {@code length} samples.
     *
     * @param length      samples available (after any padding)
     * @param frameLength samples per frame, {@code >= 1}
     * @param hop         samples between frame starts, {@code >= 1}
     * @return {@code 1 + (length - frameLength) / hop}
     * @throws IllegalArgumentException if {@code length < frameLength} (librosa: "Input is too short")
     */
    public static int frameCount(long length, int frameLength, int hop) {
        if (frameLength < 1) {
            throw new IllegalArgumentException("frameLength must be >= 1, got " + frameLength);
        }
        if (hop < 1) {
            throw new IllegalArgumentException("hopLength must be >= 1, got " + hop);
        }
        if (length < frameLength) {
            throw new IllegalArgumentException("signal of " + length + " samples (after padding) is too short for frameLength="
                    + frameLength);
        }
        long frames = 1 + (length - frameLength) / hop;
        if (frames > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many frames: " + frames);
        }
        return (int) frames;
    }

    /**
     * The signal padded for centred frames: {@code frameLength / 2} samples on each side in
     * {@code mode}, or the signal itself when {@code center} is false.
     */
    public static float[] centered(float[] y, int frameLength, boolean center, PadMode mode) {
        if (!center) {
            return y;
        }
        int p = frameLength / 2;
        return mode.pad(y, p, p);
    }
}
