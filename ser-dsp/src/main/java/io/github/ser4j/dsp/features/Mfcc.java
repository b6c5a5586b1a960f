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
 * Each step is a kernel whose result for a frame does not depend on how many frames it
 * processes at once, and the per-frame entry points ({@link #logMelFrame(float[], int, double,
 * float[])}, {@link #cepstrumFrame}) used by the streaming front end call the same kernels, so
 * streamed and batch coefficients are bit-identical when the decibel step is frame-local. An {@code Mfcc} holds scratch buffers: one per thread.
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
     * <p>Everything runs frame-major on flat arrays: the mel spectrogram ({@link
     * MelSpectrogram#melFrames}), the decibel step over all values at once, the DCT as one small
     * GEMM ({@link DctII#applyFrames}); the single transpose to librosa's
     * {@code [coefficient][frame]} layout comes last, with the lifter.
     *
     * @param y the signal
     * @return {@code [nMfcc][frames]}
     */
    public float[][] compute(float[] y) {
        int nMels = mel.nMels();
        float[] logMel = logMelRows(y, mel, config.db());
        int frames = logMel.length / nMels;
        int nMfcc = config.nMfcc();
        float[] c = new float[frames * nMfcc];
        dct.applyFrames(logMel, 0, frames, c, 0, nMfcc);
        float[][] out = new float[nMfcc][frames];
        for (int t = 0; t < frames; t++) {
            int row = t * nMfcc;
            for (int n = 0; n < nMfcc; n++) {
                out[n][t] = lift == null ? c[row + n] : c[row + n] * lift[n];
            }
        }
        return out;
    }

    /**
     * {@code power_to_db(melspectrogram(y))} frame-major and flat: {@code [frames * nMels]}, with
     * {@code ref=max} and {@code top_db} applied over all frames as librosa does.
     */
    static float[] logMelRows(float[] y, MelSpectrogram mel, DbConfig db) {
        float[] rows = mel.melFrames(y);
        double offset;
        if (db.refIsMax()) {
            double max = Double.NEGATIVE_INFINITY;
            for (float v : rows) {
                max = Math.max(max, v);
            }
            offset = 10.0 * Math.log10(Math.max(db.amin(), max));
        } else {
            offset = Decibels.offset(db);
        }
        float top = Decibels.toDb(rows, 0, rows.length, db.amin(), offset);
        if (db.topDb() != DbConfig.NO_TOP_DB && top != Float.NEGATIVE_INFINITY) {
            float floor = (float) (top - db.topDb());
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] < floor) {
                    rows[i] = floor;
                }
            }
        }
        return rows;
    }

    /** {@code power_to_db(melspectrogram(y))} in librosa's layout, {@code [nMels][frames]}. */
    static float[][] logMel(float[] y, MelSpectrogram mel, DbConfig db) {
        float[] rows = logMelRows(y, mel, db);
        int m = mel.nMels();
        int frames = rows.length / m;
        float[][] out = new float[m][frames];
        for (int t = 0; t < frames; t++) {
            for (int i = 0; i < m; i++) {
                out[i][t] = rows[t * m + i];
            }
        }
        return out;
    }

    /**
     * One frame's log-mel from samples with a frame-local decibel step ({@code ref} fixed, no
     * {@code top_db}), by the same kernels as {@link #compute}: bit-identical to the batch frame.
     *
     * @param x      samples (already padded if centring applies)
     * @param start  first sample of the frame
     * @param offset {@code 10 log10(max(amin, ref))} (see {@link Decibels#offset})
     * @param out    receives {@code nMels} values in dB
     */
    public void logMelFrame(float[] x, int start, double offset, float[] out) {
        mel.melFrame(x, start, out);
        Decibels.toDb(out, 0, mel.nMels(), config.db().amin(), offset);
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
