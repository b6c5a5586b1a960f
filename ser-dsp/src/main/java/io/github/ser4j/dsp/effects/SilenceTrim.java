package io.github.ser4j.dsp.effects;

import io.github.ser4j.dsp.features.Rms;
import io.github.ser4j.dsp.spectral.PadMode;
import java.util.Arrays;
import java.util.Objects;

/**
 * Removes leading and trailing silence: the twin of
 * {@code librosa.effects.trim(y, top_db=60, ref=np.max, frame_length=2048, hop_length=512)}
 * (librosa 0.9.2).
 *
 * <p>The signal is cut into centred frames ({@code librosa.feature.rms}, zero padding of
 * {@code frameLength / 2} at both ends), each frame's RMS amplitude is converted to decibels
 * relative to a reference ({@code amplitude_to_db}: {@code 20 log10(max(1e-5, rms))} minus
 * the same of the reference, by default the loudest frame), and a frame is non-silent when
 * it is more than {@code -topDb} dB. With {@code f0} and {@code f1} the first and last
 * non-silent frames, the kept samples are
 * <pre>
 *   start = f0 * hop,   end = min(n, (f1 + 1) * hop)
 * </pre>
 * ({@code frames_to_samples}: frame {@code f} is centred on sample {@code f * hop}, so the
 * cut falls at the centres of the first kept frame and of the frame after the last). A
 * signal with no non-silent frame trims to nothing, {@code [0, 0)}; that needs a fixed
 * reference, because with the loudest frame as reference an all-zero signal is 0 dB
 * relative to itself everywhere and is kept whole, as librosa keeps it.
 */
public final class SilenceTrim {

    /** librosa's default threshold, in dB below the reference. */
    public static final double DEFAULT_TOP_DB = 60;

    /** {@code amplitude_to_db}'s floor: amplitudes below 1e-5 count as 1e-5 (-100 dB). */
    private static final double AMIN = 1e-5;

    /**
     * The trimmed signal and where it came from: {@code samples} equals
     * {@code y[start:end]}.
     *
     * @param samples the kept samples, a new array
     * @param start   the first kept sample of the input
     * @param end     one past the last kept sample of the input
     */
    public record Trimmed(float[] samples, int start, int end) {
        /** Validates that {@code samples} has {@code end - start} elements. */
        public Trimmed {
            Objects.requireNonNull(samples, "samples");
            if (start < 0 || end < start || samples.length != end - start) {
                throw new IllegalArgumentException("inconsistent trim [" + start + ", " + end + ") for "
                        + samples.length + " samples");
            }
        }
    }

    private SilenceTrim() {
    }

    /** {@code librosa.effects.trim(y, top_db=topDb)}: frames of 2048, hop 512, reference the loudest frame. */
    public static Trimmed trim(float[] y, double topDb) {
        return trim(y, topDb, 2048, 512);
    }

    /**
     * {@code librosa.effects.trim(y, top_db, ref=np.max, frame_length, hop_length)}.
     *
     * @param y           the signal, not modified
     * @param topDb       the threshold in dB below the loudest frame, positive and finite
     * @param frameLength samples per frame, positive
     * @param hopLength   samples between frames, positive
     * @return the trimmed signal and its bounds
     */
    public static Trimmed trim(float[] y, double topDb, int frameLength, int hopLength) {
        return trim(y, topDb, Double.NaN, frameLength, hopLength);
    }

    /**
     * {@code librosa.effects.trim(y, top_db, ref=ref, frame_length, hop_length)} with a fixed
     * reference amplitude (for example 1.0 for full scale) instead of the loudest frame.
     *
     * @param y            the signal, not modified
     * @param topDb        the threshold in dB below the reference, positive and finite
     * @param refAmplitude the reference RMS amplitude, positive and finite; NaN means the
     *                     loudest frame ({@code ref=np.max})
     * @param frameLength  samples per frame, positive
     * @param hopLength    samples between frames, positive
     * @return the trimmed signal and its bounds
     */
    public static Trimmed trim(float[] y, double topDb, double refAmplitude, int frameLength, int hopLength) {
        Objects.requireNonNull(y, "y");
        if (!(topDb > 0) || Double.isInfinite(topDb)) {
            throw new IllegalArgumentException("topDb must be positive and finite, got " + topDb);
        }
        if (!Double.isNaN(refAmplitude) && !(refAmplitude > 0 && Double.isFinite(refAmplitude))) {
            throw new IllegalArgumentException("refAmplitude must be positive and finite (or NaN for the maximum), got "
                    + refAmplitude);
        }
        if (frameLength < 1) {
            throw new IllegalArgumentException("frameLength must be >= 1, got " + frameLength);
        }
        if (hopLength < 1) {
            throw new IllegalArgumentException("hopLength must be >= 1, got " + hopLength);
        }
        if (y.length == 0) {
            return new Trimmed(new float[0], 0, 0);
        }
        float[] rms = Rms.compute(y, frameLength, hopLength, true, PadMode.CONSTANT)[0];
        double ref = refAmplitude;
        if (Double.isNaN(ref)) {
            ref = 0;
            for (float r : rms) {
                ref = Math.max(ref, r);
            }
        }
        // amplitude_to_db(rms, ref) = 10 log10(max(amin^2, rms^2)) - 10 log10(max(amin^2, ref^2)).
        double refDb = 10 * Math.log10(Math.max(AMIN * AMIN, ref * ref));
        int first = -1;
        int last = -1;
        for (int t = 0; t < rms.length; t++) {
            double p = (double) rms[t] * rms[t];
            double db = 10 * Math.log10(Math.max(AMIN * AMIN, p)) - refDb;
            if (db > -topDb) {
                if (first < 0) {
                    first = t;
                }
                last = t;
            }
        }
        if (first < 0) {
            return new Trimmed(new float[0], 0, 0);
        }
        int start = (int) Math.min(y.length, (long) first * hopLength);
        int end = (int) Math.min(y.length, (long) (last + 1) * hopLength);
        return new Trimmed(Arrays.copyOfRange(y, start, end), start, end);
    }
}
