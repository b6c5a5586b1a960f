package io.github.ser4j.dsp.stream;

import io.github.ser4j.dsp.features.MelSpectrogram;
import io.github.ser4j.dsp.features.MelSpectrogramConfig;
import io.github.ser4j.dsp.features.Mfcc;
import io.github.ser4j.dsp.features.MfccConfig;
import io.github.ser4j.dsp.spectral.DbConfig;
import io.github.ser4j.dsp.spectral.Decibels;
import io.github.ser4j.dsp.spectral.Stft;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Streaming MFCC or log-mel front end: audio goes in as chunks of any size, feature frames
 * come out as soon as the samples they cover have arrived, and the concatenation of all
 * frames equals, bit for bit, what the batch {@link Mfcc} or log-mel computes on the whole
 * signal.
 *
 * <p>With centred frames ({@code center=True}) frame {@code t} covers samples
 * {@code [t hop - nFft/2, t hop + nFft/2)}: the first frames reach into the start pad (written
 * once the first {@code nFft/2 + 1} samples are in, which reflection needs), and the last ones
 * into the end pad, so those come out of {@link #finish()}. Each frame goes through exactly the
 * batch kernels ({@link Stft#powerFrame}, the mel filterbank, the decibel step, the DCT).
 *
 * <p>Only a frame-local decibel step can stream: {@code ref=np.max} needs the largest value of
 * the whole signal, and {@code top_db} clamps against the maximum over all frames, so both are
 * rejected; use a fixed {@code ref} and {@code top_db=None}
 * ({@code DbConfig.power().withoutTopDb()}). Not thread-safe: one stream per signal source.
 */
public final class FeatureStream {
    /** Receives each feature frame: valid only during the call. */
    @FunctionalInterface
    public interface FrameListener {
        /**
         * One frame.
         *
         * @param index        frame index from the start of the signal
         * @param coefficients the frame's values (MFCCs or log-mel bands)
         */
        void frame(long index, float[] coefficients);
    }

    private final FrameBuffer frames;
    private final Mfcc mfcc;
    private final MelSpectrogram mel;
    private final double dbOffset;
    private final double amin;
    private final float[] logMel;
    private final float[] out;

    private FeatureStream(MfccConfig mfccConfig, MelSpectrogramConfig melConfig, DbConfig db) {
        requireFrameLocal(db);
        if (mfccConfig != null) {
            this.mfcc = Mfcc.of(mfccConfig);
            this.mel = mfcc.melSpectrogram();
            this.out = new float[mfcc.nMfcc()];
        } else {
            this.mfcc = null;
            this.mel = MelSpectrogram.of(melConfig);
            this.out = null;
        }
        this.frames = new FrameBuffer(mel.config().stft());
        this.dbOffset = Decibels.offset(db);
        this.amin = db.amin();
        this.logMel = new float[mel.nMels()];
    }

    /**
     * A stream of MFCC frames, equal to {@code Mfcc.of(config).compute(signal)}.
     *
     * @throws IllegalArgumentException if the configuration's decibel step uses {@code ref=max}
     *                                  or a {@code top_db}
     */
    public static FeatureStream mfcc(MfccConfig config) {
        Objects.requireNonNull(config, "config");
        return new FeatureStream(config, null, config.db());
    }

    /**
     * A stream of log-mel frames, equal to {@code Features.logMel(signal, mel, db)}.
     *
     * @throws IllegalArgumentException if {@code db} uses {@code ref=max} or a {@code top_db}
     */
    public static FeatureStream logMel(MelSpectrogramConfig mel, DbConfig db) {
        Objects.requireNonNull(mel, "mel");
        Objects.requireNonNull(db, "db");
        return new FeatureStream(null, mel, db);
    }

    private static void requireFrameLocal(DbConfig db) {
        Objects.requireNonNull(db, "db");
        if (db.refIsMax()) {
            throw new IllegalArgumentException("db.refIsMax=true (ref=np.max) cannot stream: the reference is the maximum "
                    + "of the whole signal, unknown until it ends; use a fixed ref, e.g. DbConfig.power().withoutTopDb()");
        }
        if (db.topDb() != DbConfig.NO_TOP_DB) {
            throw new IllegalArgumentException("db.topDb=" + db.topDb() + " cannot stream: top_db clamps against the maximum "
                    + "over all frames, so earlier frames would change as later audio arrives; use db.withoutTopDb()");
        }
    }

    /** Values per frame: {@code nMfcc} or {@code nMels}. */
    public int coefficients() {
        return mfcc != null ? mfcc.nMfcc() : mel.nMels();
    }

    /** Samples received since the start (or the last {@link #reset()}). */
    public long samplesReceived() {
        return frames.received();
    }

    /** Frames produced so far. */
    public long framesEmitted() {
        return frames.framesEmitted();
    }

    /**
     * Adds a chunk and returns the frames it completed, {@code [coefficient][newFrames]}
     * (possibly zero frames).
     */
    public float[][] push(float[] chunk) {
        return push(chunk, 0, chunk.length);
    }

    /** Adds {@code chunk[offset .. offset + length)} and returns the frames it completed. */
    public float[][] push(float[] chunk, int offset, int length) {
        Objects.requireNonNull(chunk, "chunk");
        List<float[]> got = new ArrayList<>();
        push(chunk, offset, length, (i, c) -> got.add(c.clone()));
        return columns(got);
    }

    /**
     * Adds {@code chunk[offset .. offset + length)}, handing each completed frame to
     * {@code listener}; allocates nothing per frame.
     */
    public void push(float[] chunk, int offset, int length, FrameListener listener) {
        Objects.requireNonNull(chunk, "chunk");
        Objects.requireNonNull(listener, "listener");
        frames.push(chunk, offset, length, (i, x, off) -> listener.frame(i, features(x, off)));
    }

    /**
     * Ends the signal and returns the remaining frames (those reaching into the end pad),
     * {@code [coefficient][frames]}.
     *
     * @throws IllegalArgumentException if the whole signal is too short for one frame (uncentred)
     * @throws IllegalStateException    if already finished
     */
    public float[][] finish() {
        List<float[]> got = new ArrayList<>();
        finish((i, c) -> got.add(c.clone()));
        return columns(got);
    }

    /** Ends the signal, handing the remaining frames to {@code listener}. */
    public void finish(FrameListener listener) {
        Objects.requireNonNull(listener, "listener");
        frames.finish((i, x, off) -> listener.frame(i, features(x, off)));
    }

    /** Forgets the current signal, ready for a new one. */
    public void reset() {
        frames.reset();
    }

    private float[] features(float[] x, int offset) {
        if (mfcc != null) {
            mfcc.logMelFrame(x, offset, dbOffset, logMel);
            mfcc.cepstrumFrame(logMel, out);
            return out;
        }
        mel.melFrame(x, offset, logMel);
        Decibels.toDb(logMel, 0, logMel.length, amin, dbOffset);
        return logMel;
    }

    private float[][] columns(List<float[]> got) {
        int n = coefficients();
        float[][] m = new float[n][got.size()];
        for (int t = 0; t < got.size(); t++) {
            float[] c = got.get(t);
            for (int k = 0; k < n; k++) {
                m[k][t] = c[k];
            }
        }
        return m;
    }
}
