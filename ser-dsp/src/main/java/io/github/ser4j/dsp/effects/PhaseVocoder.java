package io.github.ser4j.dsp.effects;

import io.github.ser4j.dsp.spectral.ComplexSpectrogram;
import java.util.Objects;

/**
 * Changes the speed of a complex STFT without changing its pitch: the twin of librosa
 * 0.9.2's {@code librosa.phase_vocoder(D, rate, hop_length=n_fft/4)}.
 *
 * <p>Output frame {@code t} is read at the fractional input position
 * {@code step = t * rate} ({@code np.arange(0, frames, rate)}), so {@code rate > 1} gives
 * fewer frames (faster) and {@code rate < 1} more (slower). Two columns of zeros are
 * appended to the input so that {@code floor(step) + 1} always exists. For each output frame:
 * <ol>
 *   <li>the magnitude is interpolated linearly between the neighbouring input frames
 *       {@code i = floor(step)} and {@code i + 1}, with weight {@code alpha = step - i};</li>
 *   <li>the phase is the running phase accumulator, which starts at the phase of input
 *       frame 0 — the reason the output waveform depends on the STFT's pad mode;</li>
 *   <li>the accumulator then advances by the phase difference between frames
 *       {@code i + 1} and {@code i}: the expected advance of bin {@code k} over one hop,
 *       {@code phi[k] = pi * hop * k / (bins - 1)} ({@code linspace(0, pi*hop, bins)}), plus
 *       the deviation from it wrapped to {@code [-pi, pi]}, which measures how far the
 *       bin's true frequency lies from the bin centre.</li>
 * </ol>
 * Keeping each bin's phase advancing at its measured frequency is what keeps sinusoids
 * coherent from frame to frame, so the resynthesised signal sounds continuous.
 *
 * <p>Precision follows librosa on complex64 input: phases ({@code np.angle}) and the
 * accumulator are float32, the phase arithmetic double, the accumulator rounded back to
 * float32 after every frame. The rounding matters: the accumulator of a high bin grows to
 * about {@code 10^5} radians, where one float32 step is about 0.01 rad.
 */
public final class PhaseVocoder {

    private static final double TWO_PI = 2.0 * Math.PI;

    /** Largest output accepted, in complex cells (bins times frames). */
    static final long MAX_CELLS = 1L << 28;

    private PhaseVocoder() {
    }

    /**
     * The number of output frames for {@code frames} input frames:
     * {@code len(np.arange(0, frames, rate)) = ceil(frames / rate)}.
     */
    public static int outputFrames(int frames, double rate) {
        checkRate(rate);
        double n = Math.ceil(frames / rate);
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("rate " + rate + " makes " + n + " frames from " + frames);
        }
        return (int) n;
    }

    /**
     * Time-stretches {@code d} by {@code rate}.
     *
     * @param d         a complex STFT {@code [bins][frames]}, at least one frame
     * @param rate      the speed factor, positive and finite ({@code > 1} faster)
     * @param hopLength the hop the STFT was made with, positive
     * @return a new spectrogram {@code [bins][ceil(frames / rate)]}
     */
    public static ComplexSpectrogram stretch(ComplexSpectrogram d, double rate, int hopLength) {
        Objects.requireNonNull(d, "d");
        if (hopLength < 1) {
            throw new IllegalArgumentException("hopLength must be >= 1, got " + hopLength);
        }
        int bins = d.bins();
        int frames = d.frames();
        if (frames < 1 || bins < 1) {
            throw new IllegalArgumentException("spectrogram must have at least one bin and one frame, got "
                    + bins + " x " + frames);
        }
        int outFrames = outputFrames(frames, rate);
        if ((long) bins * outFrames > MAX_CELLS) {
            throw new IllegalArgumentException("rate " + rate + " would stretch " + frames + " frames to " + outFrames
                    + ", more than " + MAX_CELLS + " cells for " + bins + " bins");
        }
        ComplexSpectrogram out = ComplexSpectrogram.zeros(bins, outFrames);
        float[][] inRe = d.re();
        float[][] inIm = d.im();
        float[][] outRe = out.re();
        float[][] outIm = out.im();

        double[] phi = expectedAdvance(bins, hopLength);
        // Each input frame's magnitude and phase, computed once per bin (every frame is read
        // by one or more output frames), plus librosa's appended zero column.
        float[] mag = new float[frames + 1];
        float[] phase = new float[frames + 1];
        for (int k = 0; k < bins; k++) {
            float[] re = inRe[k];
            float[] im = inIm[k];
            for (int f = 0; f < frames; f++) {
                mag[f] = abs(re[f], im[f]);
                phase[f] = angle(re[f], im[f]);
            }
            float[] oRe = outRe[k];
            float[] oIm = outIm[k];
            double advance = phi[k];
            float acc = phase[0];
            for (int t = 0; t < outFrames; t++) {
                double step = t * rate;
                int i = (int) step;
                // alpha = np.mod(step, 1.0) in float64; librosa scales the float32
                // magnitudes by it in float32.
                double alpha = step - i;
                float m = (float) (1.0 - alpha) * mag[i] + (float) alpha * mag[i + 1];
                // cos/sin of the float32 accumulator (librosa: exp(1j * phase_acc)). The
                // argument is reduced to [-pi, pi] first: the error of the reduction, about
                // 1e-11 rad, is far below float32 resolution, and the JDK's cos and sin are
                // several times slower on arguments of 10^5.
                double theta = acc - TWO_PI * Math.rint(acc / TWO_PI);
                oRe[t] = m * (float) Math.cos(theta);
                oIm[t] = m * (float) Math.sin(theta);
                // angle(c1) - angle(c0) is a float32 difference; minus phi in double.
                double dphase = (double) (phase[i + 1] - phase[i]) - advance;
                dphase = dphase - TWO_PI * Math.rint(dphase / TWO_PI);
                acc = (float) (acc + (advance + dphase));
            }
        }
        return out;
    }

    /** {@code np.linspace(0, pi * hop, bins)}: the phase a bin-centred sinusoid gains per hop. */
    static double[] expectedAdvance(int bins, int hopLength) {
        double stop = Math.PI * hopLength;
        double[] phi = new double[bins];
        if (bins == 1) {
            return phi;
        }
        double step = stop / (bins - 1);
        for (int k = 0; k < bins; k++) {
            phi[k] = k * step;
        }
        phi[bins - 1] = stop;
        return phi;
    }

    private static float angle(float re, float im) {
        return (float) Math.atan2(im, re);
    }

    /** {@code |re + i im|}: exact squares in double, one rounding to float. */
    private static float abs(float re, float im) {
        return (float) Math.sqrt((double) re * re + (double) im * im);
    }

    static void checkRate(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be positive and finite, got " + rate);
        }
    }
}
