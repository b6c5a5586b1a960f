package io.github.ser4j.dsp.spectral;

import io.github.ser4j.dsp.kernels.MelScalarKernel;
import io.github.ser4j.dsp.kernels.MelVectorKernel;
import io.github.ser4j.dsp.kernels.MelWeights;
import io.github.ser4j.dsp.kernels.Simd;

import java.util.Objects;

/**
 * Triangular mel filters: {@code librosa.filters.mel(sr, n_fft, n_mels, fmin, fmax, htk, norm)}
 * (librosa 0.9.2), stored sparsely.
 *
 * <p>The {@code nMels + 2} band edges {@code f[0..nMels+1]} are equally spaced in mels between
 * {@code fmin} and {@code fmax}. Filter {@code m} rises linearly from 0 at {@code f[m]} to 1 at
 * {@code f[m+1]} and falls back to 0 at {@code f[m+2]}; at FFT bin frequency {@code b} its weight
 * is {@code max(0, min((b - f[m]) / (f[m+1] - f[m]), (f[m+2] - b) / (f[m+2] - f[m+1])))}, then,
 * for Slaney normalisation, multiplied by {@code 2 / (f[m+2] - f[m])}. Weights are computed in
 * double and rounded to float at the points librosa rounds them.
 *
 * <p>Each filter is nonzero on a short run of bins only, so the filterbank keeps, per filter,
 * the first bin and the run of weights; applying it to a spectrum costs about {@code 2 bins}
 * multiply-adds rather than {@code nMels * bins}.
 */
public final class MelFilterbank {
    private final MelConfig config;
    private final int bins;
    private final MelWeights weights;

    private MelFilterbank(MelConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.bins = config.nFft() / 2 + 1;
        this.weights = MelWeights.of(denseWeights(config), bins);
    }

    /** The filterbank for this configuration. */
    public static MelFilterbank of(MelConfig config) {
        return new MelFilterbank(config);
    }

    /** The configuration. */
    public MelConfig config() {
        return config;
    }

    /** Number of mel bands. */
    public int nMels() {
        return config.nMels();
    }

    /** Number of FFT bins the filters read, {@code nFft/2 + 1}. */
    public int bins() {
        return bins;
    }

    /** Number of stored (nonzero-range) weights. */
    public int nonzeroCount() {
        return weights.nonzeroCount();
    }

    /** The filters as a dense {@code [nMels][bins]} matrix, as {@code librosa.filters.mel} returns. */
    public float[][] matrix() {
        float[][] out = new float[nMels()][bins];
        for (int i = 0; i < nMels(); i++) {
            for (int j = 0; j < weights.length(i); j++) {
                out[i][weights.start(i) + j] = weights.weight(i, j);
            }
        }
        return out;
    }

    /**
     * One frame: {@code mel[m] = sum_k W[m][k] spectrum[k]}.
     *
     * @param spectrum {@code bins} values (power or magnitude)
     * @param mel      receives {@code nMels} values
     */
    public void apply(float[] spectrum, float[] mel) {
        if (spectrum.length < bins || mel.length < nMels()) {
            throw new IllegalArgumentException("mel filterbank needs a spectrum of >= " + bins + " bins and an output of >= "
                    + nMels() + ", got " + spectrum.length + " and " + mel.length);
        }
        applyFrames(spectrum, 0, bins, 1, mel, 0, nMels());
    }

    /**
     * Frame-major spectra: {@code mel[outOff + f outStride + m] = sum_k W[m][k] spectra[off + f
     * stride + k]} for {@code f < count}. Each output is a chain of fused multiply-adds over the
     * filter's nonzero bins (eight filters at once by the Vector API kernel when
     * {@link Simd#enabled()}, bit-identical to the scalar one); a frame gives the same result
     * alone ({@link #apply(float[], float[])}) as in a batch.
     *
     * @param spectra   {@code count} rows of {@code >= bins} values, {@code stride} apart
     * @param off       first value of row 0
     * @param stride    row length, {@code >= bins}
     * @param count     number of frames
     * @param mel       receives {@code count} rows of {@code nMels} values
     * @param outOff    first value of output row 0
     * @param outStride output row length, {@code >= nMels}
     */
    public void applyFrames(float[] spectra, int off, int stride, int count, float[] mel, int outOff, int outStride) {
        if (count < 0 || stride < bins || outStride < nMels() || off < 0 || outOff < 0
                || (count > 0 && ((long) off + (long) (count - 1) * stride + bins > spectra.length
                || (long) outOff + (long) (count - 1) * outStride + nMels() > mel.length))) {
            throw new IllegalArgumentException("mel filterbank: " + count + " frames of " + bins + " bins (stride " + stride
                    + ", offset " + off + ", array " + spectra.length + ") into rows of " + nMels() + " (stride "
                    + outStride + ", offset " + outOff + ", array " + mel.length + ") do not fit");
        }
        if (Simd.enabled()) {
            MelVectorKernel.apply(spectra, off, stride, count, weights, mel, outOff, outStride);
        } else {
            MelScalarKernel.apply(spectra, off, stride, count, weights, mel, outOff, outStride);
        }
    }

    /**
     * A whole spectrogram: {@code mel_basis @ S}, {@code [bins][frames]} to {@code [nMels][frames]}.
     */
    public float[][] apply(float[][] spectrogram) {
        if (spectrogram.length != bins) {
            throw new IllegalArgumentException("spectrogram has " + spectrogram.length + " bins, the filterbank expects "
                    + bins + " (nFft=" + config.nFft() + ")");
        }
        int frames = bins == 0 ? 0 : spectrogram[0].length;
        float[][] out = new float[nMels()][frames];
        for (int i = 0; i < nMels(); i++) {
            float[] o = out[i];
            for (int j = 0; j < weights.length(i); j++) {
                float w = weights.weight(i, j);
                float[] row = spectrogram[weights.start(i) + j];
                for (int t = 0; t < frames; t++) {
                    o[t] += w * row[t];
                }
            }
        }
        return out;
    }

    /** librosa.filters.mel, step by step, rounding to float32 where librosa stores float32. */
    private static float[][] denseWeights(MelConfig c) {
        int bins = c.nFft() / 2 + 1;
        double[] fft = MelScale.fftFrequencies(c.sampleRate(), c.nFft());
        double[] melF = MelScale.melFrequencies(c.nMels() + 2, c.fmin(), c.fmax(), c.htk());
        float[][] w = new float[c.nMels()][bins];
        for (int i = 0; i < c.nMels(); i++) {
            double lowerWidth = melF[i + 1] - melF[i];
            double upperWidth = melF[i + 2] - melF[i + 1];
            double enorm = 2.0 / (melF[i + 2] - melF[i]);
            for (int k = 0; k < bins; k++) {
                double lower = -(melF[i] - fft[k]) / lowerWidth;
                double upper = (melF[i + 2] - fft[k]) / upperWidth;
                float v = (float) Math.max(0.0, Math.min(lower, upper));
                w[i][k] = c.norm() == MelNorm.SLANEY ? (float) (v * enorm) : v;
            }
        }
        return w;
    }
}
