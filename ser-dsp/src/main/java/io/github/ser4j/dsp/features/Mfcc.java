package io.github.ser4j.dsp.features;

import io.github.ser4j.dsp.spectral.DbConfig;
import io.github.ser4j.dsp.spectral.DctII;
import io.github.ser4j.dsp.spectral.Decibels;
import java.util.Objects;

/**
 * Mel-frequency cepstral coefficients: {@code librosa.feature.mfcc(y, sr, n_mfcc, dct_type=2,
 * norm='ortho', lifter, **melspectrogram_kwargs)} (librosa 0.9.2).
 *
 * <pre>
 *   M    = melspectrogram(y)                          [nMels][frames]
 *   L    = power_to_db(M, ref, amin, top_db)          (top_db against the max of all of L)
 *   C    = dct(L, type=2, norm='ortho', axis=mel)[:nMfcc]
 *   C[n] *= 1 + (lifter / 2) sin(pi (n + 1) / lifter)  if lifter > 0
 * </pre>
 * Each step is a per-frame function ({@link #logMelFrame}, {@link #cepstrumFrame}) shared with
 * the streaming front end, so streamed and batch coefficients are bit-identical when the
 * decibel step is frame-local. An {@code Mfcc} holds scratch buffers: one per thread.
 */
public final class Mfcc {
    private final MfccConfig config;
    private final MelSpectrogram mel;
    private final DctII dct;
    private final float[] lift;

    private Mfcc(MfccConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.mel = MelSpectrogram.of(config.melSpectrogram());
        this.dct = DctII.ortho(mel.nMels(), config.nMfcc());
        if (config.lifter() > 0) {
            lift = new float[config.nMfcc()];
            for (int n = 0; n < lift.length; n++) {
                lift[n] = (float) (1.0 + config.lifter() / 2.0 * Math.sin(Math.PI * (n + 1) / config.lifter()));
            }
        } else {
            lift = null;
        }
    }

    /** MFCCs for this configuration. */
    public static Mfcc of(MfccConfig config) {
        return new Mfcc(config);
    }

    /** The configuration. */
    public MfccConfig config() {
        return config;
    }

    /** The mel spectrogram stage. */
    public MelSpectrogram melSpectrogram() {
        return mel;
    }

    /** Number of coefficients per frame. */
    public int nMfcc() {
        return config.nMfcc();
    }

    /**
     * {@code librosa.feature.mfcc(y=y, ...)}.
     *
     * @param y the signal
     * @return {@code [nMfcc][frames]}
     */
    public float[][] compute(float[] y) {
        float[][] logMel = Features.transpose(logMelFrames(y, mel, config.db()), mel.nMels());
        float[][] out = dct.apply(logMel);
        if (lift != null) {
            for (int n = 0; n < lift.length; n++) {
                float w = lift[n];
                float[] row = out[n];
                for (int t = 0; t < row.length; t++) {
                    row[t] *= w;
                }
            }
        }
        return out;
    }

    /**
     * {@code power_to_db(melspectrogram(y))} frame by frame: {@code [frames][nMels]} (frame-major,
     * the transpose of librosa's layout), with {@code ref=max} and {@code top_db} applied over all
     * frames as librosa does.
     */
    static float[][] logMelFrames(float[] y, MelSpectrogram mel, DbConfig db) {
        int frames = mel.config().stft().frameCount(y.length);
        float[][] rows = new float[frames][mel.nMels()];
        mel.stft().analyze(y, (t, re, im) -> mel.melFrame(re, im, rows[t]));
        double offset;
        if (db.refIsMax()) {
            double max = Double.NEGATIVE_INFINITY;
            for (float[] r : rows) {
                for (float v : r) {
                    max = Math.max(max, v);
                }
            }
            offset = 10.0 * Math.log10(Math.max(db.amin(), max));
        } else {
            offset = Decibels.offset(db);
        }
        float top = Float.NEGATIVE_INFINITY;
        for (float[] r : rows) {
            top = Math.max(top, Decibels.toDb(r, r.length, db.amin(), offset));
        }
        Decibels.clampBelow(rows, top, db.topDb());
        return rows;
    }

    /**
     * One frame's log-mel with a frame-local decibel step ({@code ref} fixed, no {@code top_db}).
     *
     * @param re     real parts of the frame's spectrum
     * @param im     imaginary parts
     * @param offset {@code 10 log10(max(amin, ref))} (see {@link Decibels#offset})
     * @param out    receives {@code nMels} values in dB
     */
    public void logMelFrame(float[] re, float[] im, double offset, float[] out) {
        mel.melFrame(re, im, out);
        Decibels.toDb(out, mel.nMels(), config.db().amin(), offset);
    }

    /**
     * One frame's cepstrum: DCT-II (orthonormal) of a log-mel frame, truncated and liftered.
     *
     * @param logMel {@code nMels} values in dB
     * @param out    receives {@code nMfcc} coefficients
     */
    public void cepstrumFrame(float[] logMel, float[] out) {
        dct.apply(logMel, out);
        if (lift != null) {
            for (int n = 0; n < lift.length; n++) {
                out[n] *= lift[n];
            }
        }
    }
}
