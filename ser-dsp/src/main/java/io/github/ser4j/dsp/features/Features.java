package io.github.ser4j.dsp.features;

import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.spectral.ComplexSpectrogram;
import io.github.ser4j.dsp.spectral.DbConfig;
import io.github.ser4j.dsp.spectral.Decibels;
import io.github.ser4j.dsp.spectral.PadMode;
import io.github.ser4j.dsp.spectral.Stft;
import io.github.ser4j.dsp.spectral.StftConfig;
import java.util.Objects;

/**
 * The librosa feature functions in one place, with librosa 0.9.2's defaults: the entry point
 * for the command line and the corpus feature extractor. Each method names its librosa twin;
 * every result is {@code [coefficient][frame]} as librosa returns it.
 *
 * <p>These are conveniences over the plan classes ({@link Mfcc}, {@link MelSpectrogram},
 * {@link Stft}); each thread keeps its few most recently used plans, so repeated calls with
 * one configuration do not rebuild FFT tables, filterbanks or DCT bases. Safe to call from
 * several threads at once.
 */
public final class Features {
    private Features() {
    }

    // ----------------------------------------------------------------------------- STFT

    /** {@code librosa.stft(y)}: n_fft 2048, hop 512, Hann, centred with constant pad. */
    public static ComplexSpectrogram stft(float[] y) {
        return stft(y, StftConfig.librosaDefault());
    }

    /** {@code librosa.stft(y, n_fft, hop_length, win_length, window, center, pad_mode)}. */
    public static ComplexSpectrogram stft(float[] y, StftConfig config) {
        return stftPlan(config).forward(y);
    }

    /** {@code librosa.istft(S, ..., length=length)}; {@code length = -1} for {@code None}. */
    public static float[] istft(ComplexSpectrogram s, StftConfig config, int length) {
        return stftPlan(config).inverse(s, length);
    }

    /** {@code np.abs(librosa.stft(y))**2} with librosa's defaults. */
    public static float[][] stftPower(float[] y) {
        return stftPower(y, StftConfig.librosaDefault());
    }

    /** {@code np.abs(librosa.stft(y, ...))**2}. */
    public static float[][] stftPower(float[] y, StftConfig config) {
        return stftPlan(config).power(y);
    }

    /** {@code np.abs(librosa.stft(y, ...))}. */
    public static float[][] stftMagnitude(float[] y, StftConfig config) {
        return stftPlan(config).magnitude(y);
    }

    // ----------------------------------------------------------------------------- mel, dB, MFCC

    /** {@code librosa.feature.melspectrogram(y=y, sr=sampleRate)}: 2048/512, 128 mels, power 2. */
    public static float[][] melSpectrogram(float[] y, int sampleRate) {
        return melSpectrogram(y, MelSpectrogramConfig.librosa(sampleRate));
    }

    /** {@code librosa.feature.melspectrogram(y=y, ...)}. */
    public static float[][] melSpectrogram(float[] y, MelSpectrogramConfig config) {
        return PlanCache.get(MelSpectrogram.class, config, MelSpectrogram::of).compute(y);
    }

    /** {@code librosa.power_to_db(librosa.feature.melspectrogram(y=y, sr=sampleRate))}. */
    public static float[][] logMel(float[] y, int sampleRate) {
        return logMel(y, MelSpectrogramConfig.librosa(sampleRate), DbConfig.power());
    }

    /** {@code librosa.power_to_db(librosa.feature.melspectrogram(y=y, ...), ref, amin, top_db)}. */
    public static float[][] logMel(float[] y, MelSpectrogramConfig mel, DbConfig db) {
        Objects.requireNonNull(db, "db");
        return Mfcc.logMel(y, PlanCache.get(MelSpectrogram.class, mel, MelSpectrogram::of), db);
    }

    /** {@code librosa.power_to_db(S, ref, amin, top_db)}. */
    public static float[][] powerToDb(float[][] s, DbConfig config) {
        return Decibels.powerToDb(s, config);
    }

    /** {@code librosa.amplitude_to_db(S, ref, amin, top_db)}. */
    public static float[][] amplitudeToDb(float[][] s, DbConfig config) {
        return Decibels.amplitudeToDb(s, config);
    }

    /** {@code librosa.feature.mfcc(y=y, sr=sampleRate)}: 20 coefficients, librosa's defaults. */
    public static float[][] mfcc(float[] y, int sampleRate) {
        return mfcc(y, sampleRate, 20);
    }

    /** {@code librosa.feature.mfcc(y=y, sr=sampleRate, n_mfcc=nMfcc)} with librosa's defaults. */
    public static float[][] mfcc(float[] y, int sampleRate, int nMfcc) {
        return mfcc(y, MfccConfig.librosa(sampleRate, nMfcc));
    }

    /** {@code librosa.feature.mfcc(y=audio.samples, sr=audio.sampleRate, n_mfcc=nMfcc)}. */
    public static float[][] mfcc(Audio audio, int nMfcc) {
        return mfcc(audio.samples(), audio.sampleRate(), nMfcc);
    }

    /**
     * {@code librosa.feature.mfcc(y=audio.samples, ...)}.
     *
     * @throws IllegalArgumentException if the audio's sample rate differs from the configuration's
     */
    public static float[][] mfcc(Audio audio, MfccConfig config) {
        if (audio.sampleRate() != config.melSpectrogram().sampleRate()) {
            throw new IllegalArgumentException("audio sample rate " + audio.sampleRate()
                    + " Hz differs from the MFCC configuration's sampleRate=" + config.melSpectrogram().sampleRate());
        }
        return mfcc(audio.samples(), config);
    }

    /** {@code librosa.feature.mfcc(y=y, sr, n_mfcc, lifter, **mel_kwargs)}. */
    public static float[][] mfcc(float[] y, MfccConfig config) {
        return PlanCache.get(Mfcc.class, config, Mfcc::of).compute(y);
    }

    /** {@code librosa.feature.delta(data)}: width 9, order 1. */
    public static float[][] delta(float[][] data) {
        return Delta.compute(data);
    }

    /** {@code librosa.feature.delta(data, width, order)}. */
    public static float[][] delta(float[][] data, int width, int order) {
        return Delta.compute(data, width, order);
    }

    // ----------------------------------------------------------------------------- time domain

    /** {@code librosa.feature.zero_crossing_rate(y)}: frame 2048, hop 512, centred (edge pad). */
    public static float[][] zcr(float[] y) {
        return ZeroCrossingRate.compute(y);
    }

    /** {@code librosa.feature.zero_crossing_rate(y, frame_length, hop_length, center)}. */
    public static float[][] zcr(float[] y, int frameLength, int hopLength, boolean center) {
        return ZeroCrossingRate.compute(y, frameLength, hopLength, center);
    }

    /** {@code librosa.feature.rms(y=y)}: frame 2048, hop 512, centred with constant pad. */
    public static float[][] rms(float[] y) {
        return Rms.compute(y);
    }

    /** {@code librosa.feature.rms(y=y, frame_length, hop_length, center, pad_mode)}. */
    public static float[][] rms(float[] y, int frameLength, int hopLength, boolean center, PadMode padMode) {
        return Rms.compute(y, frameLength, hopLength, center, padMode);
    }

    // ----------------------------------------------------------------------------- spectral shape

    /** {@code librosa.feature.chroma_stft(y=y, sr=sampleRate)} (tuning estimated). */
    public static float[][] chroma(float[] y, int sampleRate) {
        return chroma(y, ChromaConfig.librosa(sampleRate));
    }

    /** {@code librosa.feature.chroma_stft(y=y, sr, n_fft, hop_length, tuning, n_chroma)}. */
    public static float[][] chroma(float[] y, ChromaConfig config) {
        return Chroma.fromPower(stftPlan(config.stft()).power(y), config);
    }

    /** {@code librosa.feature.spectral_centroid(y=y, sr=sampleRate)}. */
    public static float[][] spectralCentroid(float[] y, int sampleRate) {
        StftConfig c = StftConfig.librosaDefault();
        return SpectralCentroid.fromMagnitude(stftPlan(c).magnitude(y), sampleRate, c.nFft());
    }

    /** {@code librosa.feature.spectral_bandwidth(y=y, sr=sampleRate)} (p = 2). */
    public static float[][] spectralBandwidth(float[] y, int sampleRate) {
        StftConfig c = StftConfig.librosaDefault();
        return SpectralBandwidth.fromMagnitude(stftPlan(c).magnitude(y), sampleRate, c.nFft(), 2.0);
    }

    /** {@code librosa.feature.spectral_rolloff(y=y, sr=sampleRate)} (roll_percent = 0.85). */
    public static float[][] spectralRolloff(float[] y, int sampleRate) {
        StftConfig c = StftConfig.librosaDefault();
        return SpectralRolloff.fromMagnitude(stftPlan(c).magnitude(y), sampleRate, c.nFft(),
                SpectralRolloff.DEFAULT_ROLL_PERCENT);
    }

    /** {@code librosa.feature.spectral_flatness(y=y)} (amin 1e-10, power 2). */
    public static float[][] spectralFlatness(float[] y) {
        return SpectralFlatness.fromMagnitude(stftPlan(StftConfig.librosaDefault()).magnitude(y), 1e-10, 2.0);
    }

    // ----------------------------------------------------------------------------- pooling

    /**
     * {@code np.mean(feature.T, axis=0)}: the mean of each coefficient over frames (the
     * utterance-level vector many SER notebooks feed to a classifier), accumulated in double.
     */
    public static float[] timeMean(float[][] feature) {
        float[] out = new float[feature.length];
        for (int i = 0; i < feature.length; i++) {
            double s = 0;
            for (float v : feature[i]) {
                s += v;
            }
            out[i] = feature[i].length == 0 ? Float.NaN : (float) (s / feature[i].length);
        }
        return out;
    }

    private static Stft stftPlan(StftConfig config) {
        return PlanCache.get(Stft.class, config, Stft::of);
    }
}
