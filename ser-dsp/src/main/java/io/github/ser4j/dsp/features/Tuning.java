package io.github.ser4j.dsp.features;

import io.github.ser4j.dsp.spectral.MelScale;
import java.util.Arrays;

/**
 * Tuning estimation: {@code librosa.estimate_tuning(S=S, sr, n_fft, resolution=0.01,
 * bins_per_octave)} (librosa 0.9.2), i.e. {@code piptrack} followed by {@code pitch_tuning}.
 *
 * <p>{@code piptrack} finds, in each frame, the bins between 150 and 4000 Hz that are local
 * maxima along frequency and exceed a tenth of the frame's maximum, and refines each peak by
 * parabolic interpolation: with neighbours {@code a, b, c}, the offset is
 * {@code (c - a) / 2 / (2b - c - a)} bins and the peak height {@code b + (c - a)/4 * offset}.
 * The peaks at least as strong as the median peak vote, by how far (in fractions of a semitone,
 * modulo one semitone) their frequency lies from the equal-tempered A440 grid, into a histogram
 * of {@code resolution}-wide bins on {@code [-0.5, 0.5]}; the fullest bin's left edge is the
 * tuning. Arithmetic follows librosa's float32 steps so that the histogram votes agree.
 */
public final class Tuning {
    private static final double FMIN = 150.0;
    private static final double FMAX = 4000.0;
    private static final float THRESHOLD = 0.1f;

    private Tuning() {
    }

    /**
     * {@code librosa.estimate_tuning(S=spectrogram, sr=sampleRate, n_fft, bins_per_octave)} with
     * {@code resolution=0.01}.
     *
     * @param spectrogram  {@code [nFft/2 + 1][frames]}; {@code chroma_stft} passes its power spectrogram
     * @param sampleRate   sample rate in Hz
     * @param binsPerOctave pitch classes per octave
     * @return the tuning in fractions of a bin, in {@code [-0.5, 0.5)}
     */
    public static double estimate(float[][] spectrogram, int sampleRate, int binsPerOctave) {
        int bins = spectrogram.length;
        int nFft = 2 * (bins - 1);
        if (bins < 3) {
            throw new IllegalArgumentException("tuning estimation needs >= 3 frequency bins, got " + bins);
        }
        int frames = spectrogram[0].length;
        double[] fftFreqs = MelScale.fftFrequencies(sampleRate, nFft);
        double fmax = Math.min(FMAX, sampleRate / 2.0);
        float[] pitches = new float[bins * Math.max(frames, 1)];
        float[] mags = new float[pitches.length];
        int count = 0;
        float[] col = new float[bins];
        for (int t = 0; t < frames; t++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < bins; k++) {
                col[k] = spectrogram[k][t];
                max = Math.max(max, col[k]);
            }
            float ref = THRESHOLD * max;
            for (int k = 1; k < bins - 1; k++) {
                if (!(FMIN <= fftFreqs[k] && fftFreqs[k] < fmax)) {
                    continue;
                }
                float here = col[k] > ref ? col[k] : 0f;
                float prev = col[k - 1] > ref ? col[k - 1] : 0f;
                float next = col[k + 1] > ref ? col[k + 1] : 0f;
                if (!(here > prev && here >= next)) {
                    continue;
                }
                float avg = 0.5f * (col[k + 1] - col[k - 1]);
                float curv = 2 * col[k] - col[k + 1] - col[k - 1];
                float shift = avg / (curv + (Math.abs(curv) < Float.MIN_NORMAL ? 1f : 0f));
                float dskew = 0.5f * avg * shift;
                float pitch = (float) ((k + (double) shift) * sampleRate / nFft);
                if (pitch > 0) {
                    pitches[count] = pitch;
                    mags[count] = col[k] + dskew;
                    count++;
                }
            }
        }
        if (count == 0) {
            return 0.0;
        }
        float threshold = median(Arrays.copyOf(mags, count));
        float[] voters = new float[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (mags[i] >= threshold) {
                voters[n++] = pitches[i];
            }
        }
        return pitchTuning(Arrays.copyOf(voters, n), 0.01, binsPerOctave);
    }

    /**
     * {@code librosa.pitch_tuning(frequencies, resolution, bins_per_octave)}: the most common
     * deviation of the frequencies from the A440 grid.
     *
     * @param frequencies  frequencies in Hz (non-positive ones are ignored)
     * @param resolution   histogram bin width in fractions of a bin, in {@code (0, 1)}
     * @param binsPerOctave pitch classes per octave
     * @return the left edge of the fullest histogram bin, or 0 if there is no frequency
     */
    public static double pitchTuning(float[] frequencies, double resolution, int binsPerOctave) {
        if (!(resolution > 0 && resolution < 1)) {
            throw new IllegalArgumentException("resolution must be in (0, 1), got " + resolution);
        }
        int nBins = (int) Math.ceil(1.0 / resolution);
        double[] edges = new double[nBins + 1];
        double step = 1.0 / nBins;
        for (int i = 0; i <= nBins; i++) {
            edges[i] = i == nBins ? 0.5 : -0.5 + i * step;
        }
        int[] counts = new int[nBins];
        boolean any = false;
        for (float f : frequencies) {
            if (!(f > 0)) {
                continue;
            }
            any = true;
            // float32 steps, as numpy evaluates them on librosa's float32 pitches
            float octs = (float) (Math.log(f / 27.5f) / Math.log(2.0));
            float x = binsPerOctave * octs;
            float r = x - (float) Math.floor(x);
            if (r >= 0.5f) {
                r -= 1.0f;
            }
            // numpy.histogram's uniform-bin index with its edge corrections
            int idx = (int) ((r - edges[0]) * (nBins / (edges[nBins] - edges[0])));
            if (idx == nBins) {
                idx--;
            }
            if (r < edges[idx]) {
                idx--;
            }
            if (idx != nBins - 1 && r >= edges[idx + 1]) {
                idx++;
            }
            if (idx >= 0 && idx < nBins) {
                counts[idx]++;
            }
        }
        if (!any) {
            return 0.0;
        }
        int best = 0;
        for (int i = 1; i < nBins; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return edges[best];
    }

    /** {@code np.median} of float32 values (mean of the two middle values for an even count). */
    private static float median(float[] v) {
        Arrays.sort(v);
        int n = v.length;
        if (n % 2 == 1) {
            return v[n / 2];
        }
        return (v[n / 2 - 1] + v[n / 2]) / 2f;
    }
}
