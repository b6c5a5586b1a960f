package io.github.ser4j.data.features;

import java.util.Locale;

/**
 * The frame-level features a {@link FeatureSpec} can compute, each named as the command line
 * and the recipe text name it and computed as its librosa twin computes it.
 */
public enum FeatureKind {
    /** {@code librosa.feature.mfcc}: {@code n_mfcc} rows. */
    MFCC("mfcc"),
    /** {@code librosa.power_to_db(librosa.feature.melspectrogram(...), ref=1.0, amin=1e-10, top_db)}: {@code n_mels} rows. */
    LOGMEL("logmel"),
    /** {@code librosa.feature.melspectrogram} (power 2): {@code n_mels} rows. */
    MEL("mel"),
    /** {@code np.abs(librosa.stft(...))**2}, the power spectrogram: {@code n_fft/2 + 1} rows. */
    STFT("stft"),
    /** {@code librosa.feature.zero_crossing_rate(frame_length=n_fft)}: 1 row. */
    ZCR("zcr"),
    /** {@code librosa.feature.rms(frame_length=n_fft)}: 1 row. */
    RMS("rms"),
    /** {@code librosa.feature.chroma_stft} (tuning estimated): 12 rows. */
    CHROMA("chroma"),
    /** {@code librosa.feature.spectral_centroid}: 1 row. */
    CENTROID("centroid"),
    /**
     * ser4j's utterance functionals ({@link io.github.ser4j.dsp.functionals.AcousticFunctionals}):
     * {@value io.github.ser4j.dsp.functionals.AcousticFunctionals#DIMENSION} rows and a single
     * column, the whole utterance. Its frames are fixed (25 ms window, 10 ms hop at 16 kHz), so
     * it takes no parameters; it needs a 16 kHz load and {@link Pooling#MEAN}.
     */
    FUNCTIONALS("functionals");

    private final String id;

    FeatureKind(String id) {
        this.id = id;
    }

    /** The lower-case name used by recipes and the command line, e.g. {@code "logmel"}. */
    public String id() {
        return id;
    }

    /** Whether this feature describes the whole utterance (one column) rather than frames. */
    public boolean isUtteranceLevel() {
        return this == FUNCTIONALS;
    }

    /** Whether this feature passes through a mel filterbank (so {@code n_mels}, {@code fmin}, {@code fmax}, {@code htk} matter). */
    public boolean usesMel() {
        return this == MFCC || this == LOGMEL || this == MEL;
    }

    /** Whether this feature is in decibels (so {@code top_db} matters). */
    public boolean usesDb() {
        return this == MFCC || this == LOGMEL;
    }

    /**
     * The kind named {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static FeatureKind fromId(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (FeatureKind k : values()) {
            if (k.id.equals(n)) {
                return k;
            }
        }
        throw new IllegalArgumentException("feature must be one of mfcc, logmel, mel, stft, zcr, rms, chroma, centroid, functionals;"
                + " got '" + name + "'");
    }

    @Override
    public String toString() {
        return id;
    }
}
