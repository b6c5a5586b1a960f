package io.github.ser4j.data.features;

import io.github.ser4j.dsp.features.ChromaConfig;
import io.github.ser4j.dsp.features.MelSpectrogramConfig;
import io.github.ser4j.dsp.features.MfccConfig;
import io.github.ser4j.dsp.functionals.AcousticFunctionals;
import io.github.ser4j.dsp.spectral.DbConfig;
import io.github.ser4j.dsp.spectral.MelConfig;
import io.github.ser4j.dsp.spectral.MelNorm;
import io.github.ser4j.dsp.spectral.PadMode;
import io.github.ser4j.dsp.spectral.StftConfig;
import io.github.ser4j.dsp.spectral.Window;
import java.util.Objects;

/**
 * One frame-level feature of a {@link FeatureRecipe}, with its librosa parameters.
 *
 * <pre>{@code
 * FeatureSpec mfcc = FeatureSpec.mfcc(40).withFrames(512, 256).withPadMode(PadMode.REFLECT);
 * FeatureSpec logmel = FeatureSpec.logMel(64).withFrames(512, 160);
 * }</pre>
 *
 * <p>Every STFT is Hann-windowed with {@code win_length = n_fft} and centred frames, as
 * librosa's defaults have it; ZCR and RMS use {@code n_fft} as their {@code frame_length}.
 * Fields a kind does not use are reset to their defaults, so that two specs computing the
 * same thing are equal and hash alike (a ZCR spec ignores {@code n_mels}).
 *
 * @param kind      the feature
 * @param nFft      FFT / frame length in samples, {@code >= 2} ({@code n_fft}, {@code frame_length})
 * @param hopLength samples between frames, {@code >= 1} ({@code hop_length})
 * @param nMels     mel bands, in {@code [1, 4096]} (mel kinds only)
 * @param nMfcc     cepstral coefficients kept, in {@code [1, nMels]} (MFCC only)
 * @param fmin      lowest mel band edge in Hz, {@code >= 0} (mel kinds only)
 * @param fmax      highest mel band edge in Hz, or {@code NaN} for {@code fmax=None} = half the
 *                  sample rate (mel kinds only)
 * @param htk       HTK mel scale instead of Slaney's (mel kinds only)
 * @param padMode   how centred frames are padded: {@code CONSTANT} (librosa 0.9) or
 *                  {@code REFLECT} (librosa 0.8); ZCR always pads with {@code EDGE} as librosa does
 * @param topDb     {@code top_db} of {@code power_to_db} (dB kinds only), {@code +Infinity} for {@code None}
 * @param deltas    0 for the feature alone; 1 to append its first derivative
 *                  ({@code librosa.feature.delta(f)}), 2 to append the first and second
 */
public record FeatureSpec(FeatureKind kind, int nFft, int hopLength, int nMels, int nMfcc, double fmin,
                          double fmax, boolean htk, PadMode padMode, double topDb, int deltas) {

    /** librosa's default frame length. */
    public static final int DEFAULT_N_FFT = 2048;
    /** librosa's default hop length. */
    public static final int DEFAULT_HOP = 512;
    /** librosa's default number of mel bands. */
    public static final int DEFAULT_N_MELS = 128;
    /** librosa's default number of MFCCs. */
    public static final int DEFAULT_N_MFCC = 20;
    /** {@code power_to_db}'s default {@code top_db}. */
    public static final double DEFAULT_TOP_DB = 80.0;

    /** Validates every field, naming it and the value; resets the fields the kind does not use. */
    public FeatureSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(padMode, "padMode");
        if (nFft < 2 || nFft > (1 << 20)) {
            throw new IllegalArgumentException(kind + ": nFft must be in [2, 2^20], got " + nFft);
        }
        if (hopLength < 1) {
            throw new IllegalArgumentException(kind + ": hopLength must be >= 1, got " + hopLength);
        }
        if (deltas < 0 || deltas > 2) {
            throw new IllegalArgumentException(kind + ": deltas must be 0, 1 or 2, got " + deltas);
        }
        if (kind.usesMel()) {
            if (nMels < 1 || nMels > 4096) {
                throw new IllegalArgumentException(kind + ": nMels must be in [1, 4096], got " + nMels);
            }
            if (!(fmin >= 0) || Double.isInfinite(fmin)) {
                throw new IllegalArgumentException(kind + ": fmin must be >= 0 Hz and finite, got " + fmin);
            }
            if (!Double.isNaN(fmax) && !(fmax > fmin && !Double.isInfinite(fmax))) {
                throw new IllegalArgumentException(kind + ": fmax must be > fmin=" + fmin + " Hz (or NaN for sr/2), got "
                        + fmax);
            }
        } else {
            nMels = DEFAULT_N_MELS;
            fmin = 0.0;
            fmax = Double.NaN;
            htk = false;
        }
        if (kind == FeatureKind.MFCC) {
            if (nMfcc < 1 || nMfcc > nMels) {
                throw new IllegalArgumentException(kind + ": nMfcc must be in [1, nMels=" + nMels + "], got " + nMfcc);
            }
        } else {
            nMfcc = DEFAULT_N_MFCC;
        }
        if (kind.usesDb()) {
            if (!(topDb >= 0)) {
                throw new IllegalArgumentException(kind + ": topDb must be >= 0 (or +Infinity for None), got " + topDb);
            }
        } else {
            topDb = DEFAULT_TOP_DB;
        }
        if (kind == FeatureKind.FUNCTIONALS) {
            if (deltas != 0) {
                throw new IllegalArgumentException(kind + ": deltas must be 0 (the functionals hold their own delta"
                        + " statistics), got " + deltas);
            }
            // fixed internally: recorded as the frames it uses, so that equal specs hash alike
            nFft = AcousticFunctionals.N_FFT;
            hopLength = AcousticFunctionals.HOP_LENGTH;
            padMode = PadMode.CONSTANT;
        }
        if (kind == FeatureKind.ZCR) {
            padMode = PadMode.EDGE;
        } else if (padMode == PadMode.EDGE) {
            throw new IllegalArgumentException(kind + ": padMode must be CONSTANT or REFLECT, got EDGE");
        }
    }

    private static FeatureSpec of(FeatureKind kind) {
        return new FeatureSpec(kind, DEFAULT_N_FFT, DEFAULT_HOP, DEFAULT_N_MELS, DEFAULT_N_MFCC, 0.0, Double.NaN, false,
                PadMode.CONSTANT, DEFAULT_TOP_DB, 0);
    }

    /** {@code librosa.feature.mfcc(y, sr, n_mfcc=nMfcc)}: 2048/512, 128 Slaney mels, top_db 80. */
    public static FeatureSpec mfcc(int nMfcc) {
        return of(FeatureKind.MFCC).withNMfcc(nMfcc);
    }

    /** {@code power_to_db(melspectrogram(y, sr, n_mels=nMels), ref=1.0)}: 2048/512, top_db 80. */
    public static FeatureSpec logMel(int nMels) {
        return of(FeatureKind.LOGMEL).withNMels(nMels);
    }

    /** {@code librosa.feature.melspectrogram(y, sr, n_mels=nMels)}: 2048/512, power 2. */
    public static FeatureSpec mel(int nMels) {
        return of(FeatureKind.MEL).withNMels(nMels);
    }

    /** {@code np.abs(librosa.stft(y))**2}: 2048/512. */
    public static FeatureSpec stft() {
        return of(FeatureKind.STFT);
    }

    /** {@code librosa.feature.zero_crossing_rate(y)}: frame 2048, hop 512. */
    public static FeatureSpec zcr() {
        return of(FeatureKind.ZCR);
    }

    /** {@code librosa.feature.rms(y=y)}: frame 2048, hop 512. */
    public static FeatureSpec rms() {
        return of(FeatureKind.RMS);
    }

    /** {@code librosa.feature.chroma_stft(y=y, sr=sr)}: 2048/512, 12 bins, tuning estimated. */
    public static FeatureSpec chroma() {
        return of(FeatureKind.CHROMA);
    }

    /** {@code librosa.feature.spectral_centroid(y=y, sr=sr)}: 2048/512. */
    public static FeatureSpec centroid() {
        return of(FeatureKind.CENTROID);
    }

    /**
     * ser4j's {@value AcousticFunctionals#DIMENSION} utterance functionals
     * ({@link AcousticFunctionals}): loudness, log-mel, MFCC, spectral shape, vocal effort,
     * pitch and voice-quality descriptors summarised over the utterance. Needs a 16 kHz load
     * and {@link Pooling#MEAN}.
     */
    public static FeatureSpec functionals() {
        return of(FeatureKind.FUNCTIONALS);
    }

    /** This spec with another frame length ({@code n_fft}) and hop. */
    public FeatureSpec withFrames(int nFftValue, int hop) {
        return new FeatureSpec(kind, nFftValue, hop, nMels, nMfcc, fmin, fmax, htk, padMode, topDb, deltas);
    }

    /** This spec with another number of mel bands. */
    public FeatureSpec withNMels(int value) {
        return new FeatureSpec(kind, nFft, hopLength, value, nMfcc, fmin, fmax, htk, padMode, topDb, deltas);
    }

    /** This spec keeping another number of MFCCs. */
    public FeatureSpec withNMfcc(int value) {
        return new FeatureSpec(kind, nFft, hopLength, nMels, value, fmin, fmax, htk, padMode, topDb, deltas);
    }

    /** This spec with other mel band edges ({@code NaN} fmax = half the sample rate). */
    public FeatureSpec withMelRange(double fminHz, double fmaxHz) {
        return new FeatureSpec(kind, nFft, hopLength, nMels, nMfcc, fminHz, fmaxHz, htk, padMode, topDb, deltas);
    }

    /** This spec on the HTK mel scale (or Slaney's). */
    public FeatureSpec withHtk(boolean value) {
        return new FeatureSpec(kind, nFft, hopLength, nMels, nMfcc, fmin, fmax, value, padMode, topDb, deltas);
    }

    /** This spec with another centring pad ({@code REFLECT} for librosa 0.8). */
    public FeatureSpec withPadMode(PadMode value) {
        return new FeatureSpec(kind, nFft, hopLength, nMels, nMfcc, fmin, fmax, htk, value, topDb, deltas);
    }

    /** This spec with another {@code top_db} ({@code +Infinity} for None). */
    public FeatureSpec withTopDb(double value) {
        return new FeatureSpec(kind, nFft, hopLength, nMels, nMfcc, fmin, fmax, htk, padMode, value, deltas);
    }

    /** This spec with 0, 1 or 2 orders of deltas appended. */
    public FeatureSpec withDeltas(int value) {
        return new FeatureSpec(kind, nFft, hopLength, nMels, nMfcc, fmin, fmax, htk, padMode, topDb, value);
    }

    /** Rows of the base feature, before deltas. */
    public int baseRows() {
        return switch (kind) {
            case MFCC -> nMfcc;
            case LOGMEL, MEL -> nMels;
            case STFT -> nFft / 2 + 1;
            case CHROMA -> 12;
            case ZCR, RMS, CENTROID -> 1;
            case FUNCTIONALS -> AcousticFunctionals.DIMENSION;
        };
    }

    /** Rows of the computed feature: {@code baseRows() * (1 + deltas)}. */
    public int rows() {
        return baseRows() * (1 + deltas);
    }

    /** Frames for a signal of {@code samples} samples (centred frames: {@code 1 + samples / hop} for even n_fft). */
    public int frames(long samples) {
        return kind.isUtteranceLevel() ? 1 : stftConfig().frameCount(samples);
    }

    /** The STFT (or framing) this spec uses. */
    public StftConfig stftConfig() {
        return new StftConfig(nFft, hopLength, nFft, Window.HANN, true, padMode == PadMode.EDGE ? PadMode.CONSTANT : padMode);
    }

    /**
     * The mel spectrogram configuration at {@code sampleRate}.
     *
     * @throws IllegalArgumentException if fmax exceeds half the sample rate
     */
    public MelSpectrogramConfig melConfig(int sampleRate) {
        double hi = Double.isNaN(fmax) ? sampleRate / 2.0 : fmax;
        MelConfig mel = new MelConfig(sampleRate, nFft, nMels, fmin, hi, htk, MelNorm.SLANEY);
        return new MelSpectrogramConfig(stftConfig(), mel, 2.0);
    }

    /** The decibel conversion: {@code power_to_db(ref=1.0, amin=1e-10, top_db)}. */
    public DbConfig dbConfig() {
        return Double.isInfinite(topDb) ? DbConfig.power().withoutTopDb() : DbConfig.power().withTopDb(topDb);
    }

    /** The MFCC configuration at {@code sampleRate} (no lifter, DCT-II ortho). */
    public MfccConfig mfccConfig(int sampleRate) {
        return new MfccConfig(melConfig(sampleRate), dbConfig(), nMfcc, 0.0);
    }

    /** The chroma configuration at {@code sampleRate}: 12 bins, tuning estimated. */
    public ChromaConfig chromaConfig(int sampleRate) {
        return new ChromaConfig(sampleRate, stftConfig(), 12, ChromaConfig.ESTIMATE_TUNING);
    }

    /**
     * Checks that this spec can run at {@code sampleRate} (e.g. {@code fmax <= sr/2}).
     *
     * @throws IllegalArgumentException naming the kind and the problem
     */
    public void checkSampleRate(int sampleRate) {
        if (kind == FeatureKind.FUNCTIONALS && sampleRate != AcousticFunctionals.SAMPLE_RATE) {
            throw new IllegalArgumentException(kind + " are defined at " + AcousticFunctionals.SAMPLE_RATE
                    + " Hz: load at sampleRate=" + AcousticFunctionals.SAMPLE_RATE + ", got " + sampleRate);
        }
        try {
            if (kind == FeatureKind.MFCC) {
                mfccConfig(sampleRate);
            } else if (kind.usesMel()) {
                melConfig(sampleRate);
            } else if (kind == FeatureKind.CHROMA) {
                chromaConfig(sampleRate);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(kind + " at sampleRate=" + sampleRate + ": " + e.getMessage(), e);
        }
    }
}
