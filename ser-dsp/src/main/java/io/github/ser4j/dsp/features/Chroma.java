package io.github.ser4j.dsp.features;

import io.github.ser4j.dsp.spectral.Stft;
import java.util.Objects;

/**
 * Chromagram from a power spectrogram: {@code librosa.feature.chroma_stft(y, sr, n_fft,
 * hop_length, tuning, n_chroma, norm=np.inf)} (librosa 0.9.2).
 *
 * <p>{@code S = |STFT|^2}; if no tuning is given it is estimated from {@code S}
 * ({@link Tuning#estimate}); the chroma filterbank ({@link ChromaFilterbank}) folds the bins
 * onto {@code n_chroma} pitch classes, and each frame is divided by its largest value
 * (frames whose largest value is below the smallest normal float are left as they are).
 */
public final class Chroma {
    private Chroma() {
    }

    /** {@code chroma_stft(y=y, sr=sampleRate)} with librosa's defaults. */
    public static float[][] compute(float[] y, int sampleRate) {
        return compute(y, ChromaConfig.librosa(sampleRate));
    }

    /**
     * {@code chroma_stft(y=y, ...)}.
     *
     * @return {@code [nChroma][frames]}
     */
    public static float[][] compute(float[] y, ChromaConfig config) {
        Objects.requireNonNull(config, "config");
        float[][] power = Stft.of(config.stft()).power(y);
        return fromPower(power, config);
    }

    /**
     * {@code chroma_stft(S=power, sr, ...)}.
     *
     * @param power {@code |STFT|^2}, {@code [nFft/2 + 1][frames]}
     */
    public static float[][] fromPower(float[][] power, ChromaConfig config) {
        int nFft = config.stft().nFft();
        if (power.length != nFft / 2 + 1) {
            throw new IllegalArgumentException("spectrogram has " + power.length + " bins, nFft=" + nFft + " needs "
                    + (nFft / 2 + 1));
        }
        double tuning = config.estimatesTuning()
                ? Tuning.estimate(power, config.sampleRate(), config.nChroma())
                : config.tuning();
        float[][] fb = ChromaFilterbank.of(config.sampleRate(), nFft, config.nChroma(), tuning);
        int frames = power[0].length;
        int bins = power.length;
        float[][] out = new float[config.nChroma()][frames];
        for (int c = 0; c < out.length; c++) {
            float[] o = out[c];
            for (int k = 0; k < bins; k++) {
                float w = fb[c][k];
                float[] row = power[k];
                for (int t = 0; t < frames; t++) {
                    o[t] += w * row[t];
                }
            }
        }
        for (int t = 0; t < frames; t++) {
            float max = 0f;
            for (float[] o : out) {
                max = Math.max(max, Math.abs(o[t]));
            }
            float norm = max < Float.MIN_NORMAL ? 1f : max;
            for (float[] o : out) {
                o[t] /= norm;
            }
        }
        return out;
    }
}
