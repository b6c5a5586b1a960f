package io.github.ser4j.dsp.spectral;

import io.github.ser4j.dsp.fft.RealFft;
import java.util.Objects;

/**
 * Short-time Fourier transform and its inverse: {@code librosa.stft} and {@code librosa.istft}
 * (librosa 0.9.2).
 *
 * <p>Forward: the signal is padded by {@code nFft/2} on both sides if centred, cut into
 * frames of {@code nFft} samples every {@code hopLength}, each frame multiplied by the
 * periodic window and transformed by a real FFT; bin {@code k} of frame {@code t} is
 * {@code X[k, t] = sum_n w[n] y[t hop + n] e^{-2 pi i k n / nFft}}.
 *
 * <p>Inverse ({@link #inverse}): each frame is inverse transformed, multiplied by the window
 * again and overlap-added; the sum is divided by the window-sum-square
 * {@code sum_t w^2[n - t hop]} wherever that exceeds the smallest normal float (librosa's
 * {@code window_sumsquare} normalisation, which makes any window with enough overlap invert
 * exactly), the centring pad is trimmed, and an optional length fixes the output size.
 *
 * <p>An {@code Stft} holds scratch buffers and an FFT plan: it is not thread-safe, make one
 * per thread. It allocates nothing per frame.
 */
public final class Stft {
    /** Frames per batch in {@link #spectrogram}: a block of power spectra stays in cache. */
    private static final int BLOCK = 16;
    private final StftConfig config;
    private final RealFft fft;
    private final float[] window;
    private final float[] frame;
    private final float[] edge;
    private final float[] re;
    private final float[] im;

    private Stft(StftConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.fft = RealFft.of(config.nFft());
        this.window = config.window().periodicCentered(config.winLength(), config.nFft());
        this.frame = new float[config.nFft()];
        this.edge = new float[config.nFft()];
        this.re = new float[config.bins()];
        this.im = new float[config.bins()];
    }

    /** A transform for this configuration. */
    public static Stft of(StftConfig config) {
        return new Stft(config);
    }

    /** The configuration. */
    public StftConfig config() {
        return config;
    }

    /** Number of frequency bins, {@code nFft / 2 + 1}. */
    public int bins() {
        return config.bins();
    }

    /** The window applied to each frame (length {@code nFft}), a copy. */
    public float[] window() {
        return window.clone();
    }

    /**
     * {@code librosa.stft(y, n_fft, hop_length, win_length, window, center, pad_mode)}.
     *
     * @param y the signal
     * @return the complex spectrogram {@code [nFft/2 + 1][frames]}
     * @throws IllegalArgumentException if the signal is too short for one frame (uncentred) or
     *                                  empty with a non-constant pad
     */
    public ComplexSpectrogram forward(float[] y) {
        int frames = config.frameCount(y.length);
        ComplexSpectrogram s = ComplexSpectrogram.zeros(bins(), frames);
        float[][] sr = s.re();
        float[][] si = s.im();
        int bins = bins();
        analyze(y, (t, r, i) -> {
            for (int k = 0; k < bins; k++) {
                sr[k][t] = r[k];
                si[k][t] = i[k];
            }
        });
        return s;
    }

    /**
     * {@code np.abs(librosa.stft(y, ...)) ** exponent}, without storing the complex spectrogram
     * ({@code librosa}'s {@code _spectrogram(y, power=exponent)}): power spectra from the FFT's
     * batch transform ({@link #powerFrames}), raised to {@code exponent / 2}.
     *
     * @param y        the signal
     * @param exponent 1 for magnitude, 2 for power
     * @return {@code [nFft/2 + 1][frames]}
     */
    public float[][] spectrogram(float[] y, double exponent) {
        if (!(exponent > 0) || Double.isInfinite(exponent)) {
            throw new IllegalArgumentException("power must be positive and finite, got " + exponent);
        }
        int frames = config.frameCount(y.length);
        int bins = bins();
        float[][] out = new float[bins][frames];
        float[] block = new float[Math.min(BLOCK, Math.max(frames, 1)) * bins];
        for (int t0 = 0; t0 < frames; t0 += BLOCK) {
            int n = Math.min(BLOCK, frames - t0);
            powerFrames(y, t0, n, block, bins);
            SpectrumKernels.powerToExponent(block, n * bins, exponent);
            for (int f = 0; f < n; f++) {
                for (int k = 0; k < bins; k++) {
                    out[k][t0 + f] = block[f * bins + k];
                }
            }
        }
        return out;
    }

    /** Power spectrogram {@code |STFT|^2}, {@code [bins][frames]}. */
    public float[][] power(float[] y) {
        return spectrogram(y, 2.0);
    }

    /** Magnitude spectrogram {@code |STFT|}, {@code [bins][frames]}. */
    public float[][] magnitude(float[] y) {
        return spectrogram(y, 1.0);
    }

    /**
     * Runs the transform frame by frame, handing each frame's spectrum to {@code sink} in order.
     * This is the one loop every spectral feature is built on.
     *
     * @param y    the signal
     * @param sink receives {@code (frame, re, im)} for frames {@code 0 .. frameCount-1}
     * @return the number of frames
     */
    public int analyze(float[] y, SpectrumSink sink) {
        Objects.requireNonNull(y, "y");
        int frames = config.frameCount(y.length);
        int nFft = config.nFft();
        int hop = config.hopLength();
        int pad = config.center() ? nFft / 2 : 0;
        PadMode mode = config.padMode();
        if (pad > 0 && y.length == 0 && mode != PadMode.CONSTANT) {
            throw new IllegalArgumentException("cannot pad an empty signal in mode " + mode);
        }
        // Frames inside the signal are read in place; only the few that reach into the centring
        // pad are assembled, with the values np.pad would give, in a scratch frame.
        for (int t = 0; t < frames; t++) {
            long start = (long) t * hop - pad;
            if (start >= 0 && start + nFft <= y.length) {
                transformFrame(y, (int) start, re, im);
            } else {
                for (int n = 0; n < nFft; n++) {
                    edge[n] = mode.sampleAt(y, y.length, start + n);
                }
                transformFrame(edge, 0, re, im);
            }
            sink.accept(t, re, im);
        }
        return frames;
    }

    /**
     * The spectrum of one frame: {@code rfft(w * x[offset .. offset + nFft))}. The single place
     * where frames meet the FFT, shared by the batch and the streaming front end so that both
     * give bit-identical results.
     *
     * @param x      samples (already padded if centring applies)
     * @param offset first sample of the frame
     * @param outRe  receives {@code nFft/2 + 1} real parts
     * @param outIm  receives {@code nFft/2 + 1} imaginary parts
     */
    public void transformFrame(float[] x, int offset, float[] outRe, float[] outIm) {
        SpectrumKernels.windowed(x, offset, window, frame);
        fft.forward(frame, 0, outRe, outIm);
    }

    /**
     * The power spectrum {@code |rfft(w * x[offset .. offset + nFft))|^2} of one frame, by the
     * same FFT kernel as {@link #powerFrames} (a batch of one), so a frame streamed on its own
     * is bit-identical to the same frame in a batch.
     *
     * @param x      samples (already padded if centring applies)
     * @param offset first sample of the frame
     * @param power  receives {@code nFft/2 + 1} values
     */
    public void powerFrame(float[] x, int offset, float[] power) {
        fft.powerSpectrumBatch(x, offset, config.hopLength(), 1, window, power, config.bins());
    }

    /**
     * Power spectra {@code |STFT|^2} of frames {@code first .. first + count - 1} of {@code y},
     * frame-major: bin {@code k} of frame {@code first + f} goes to {@code power[f * binStride + k]}
     * (the transpose of librosa's layout). Frames inside the signal go to the FFT's batch
     * transform straight from {@code y}; the few that reach into the centring pad are assembled
     * one at a time, with the values {@code np.pad} would give, in a scratch frame.
     *
     * @param y         the signal
     * @param first     first frame, {@code >= 0}
     * @param count     number of frames, {@code first + count <= frameCount(y.length)}
     * @param power     receives {@code count} rows
     * @param binStride row length in {@code power}, {@code >= nFft/2 + 1}
     */
    public void powerFrames(float[] y, int first, int count, float[] power, int binStride) {
        Objects.requireNonNull(y, "y");
        int frames = config.frameCount(y.length);
        if (first < 0 || count < 0 || first > frames - count) {
            throw new IllegalArgumentException("frames " + first + " .. " + (first + count) + " out of range: the signal has "
                    + frames + " frames");
        }
        int nFft = config.nFft();
        int hop = config.hopLength();
        int pad = config.center() ? nFft / 2 : 0;
        PadMode mode = config.padMode();
        if (pad > 0 && y.length == 0 && mode != PadMode.CONSTANT) {
            throw new IllegalArgumentException("cannot pad an empty signal in mode " + mode);
        }
        // interior frames: t hop - pad >= 0 and t hop - pad + nFft <= y.length
        long lo = (pad + (long) hop - 1) / hop;
        long hi = y.length - nFft + pad < 0 ? 0 : ((long) y.length - nFft + pad) / hop + 1;
        int t = first;
        int end = first + count;
        while (t < end) {
            if (t >= lo && t < hi) {
                int n = (int) Math.min(end, hi) - t;
                fft.powerSpectrumBatch(y, t * hop - pad, hop, n, window, power, (t - first) * binStride, binStride);
                t += n;
            } else {
                fillEdge(y, (long) t * hop - pad, mode);
                fft.powerSpectrumBatch(edge, 0, hop, 1, window, power, (t - first) * binStride, binStride);
                t++;
            }
        }
    }

    /** {@code edge[i] = padded y at start + i}: the part inside the signal copied, the rest padded. */
    private void fillEdge(float[] y, long start, PadMode mode) {
        int nFft = edge.length;
        long inLo = Math.max(0, start);
        long inHi = Math.min(y.length, start + nFft);
        for (int i = 0; i < nFft; i++) {
            long j = start + i;
            if (j == inLo && inHi > inLo) {
                System.arraycopy(y, (int) inLo, edge, i, (int) (inHi - inLo));
                i += (int) (inHi - inLo) - 1;
            } else {
                edge[i] = mode.sampleAt(y, y.length, j);
            }
        }
    }

    /**
     * {@code librosa.istft(S, hop_length, win_length, n_fft, window, center)} with
     * {@code length=None}: with centring the output has {@code hop (frames - 1)} samples.
     *
     * @param s a spectrogram with {@code nFft/2 + 1} bins
     * @return the signal
     */
    public float[] inverse(ComplexSpectrogram s) {
        return inverse(s, -1);
    }

    /**
     * {@code librosa.istft(S, ..., length=length)}: the output is cut or zero-padded to exactly
     * {@code length} samples (frames beyond those needed are not used).
     *
     * @param s      a spectrogram with {@code nFft/2 + 1} bins
     * @param length output length {@code >= 0}, or {@code -1} for librosa's {@code length=None}
     * @return the signal
     */
    public float[] inverse(ComplexSpectrogram s, int length) {
        Objects.requireNonNull(s, "s");
        int nFft = config.nFft();
        int hop = config.hopLength();
        if (s.bins() != bins()) {
            throw new IllegalArgumentException("spectrogram has " + s.bins() + " bins, but nFft=" + nFft + " needs "
                    + bins());
        }
        if (length < -1) {
            throw new IllegalArgumentException("length must be >= 0 (or -1 for none), got " + length);
        }
        int frames = s.frames();
        if (length >= 0) {
            long padded = config.center() ? (long) length + nFft : length;
            frames = (int) Math.min(frames, (padded + hop - 1) / hop);
        }
        long expected = frames == 0 ? 0 : nFft + (long) hop * (frames - 1);
        if (expected > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("inverse STFT output too long: " + expected + " samples");
        }
        float[] y = new float[(int) expected];
        float[][] sr = s.re();
        float[][] si = s.im();
        int bins = bins();
        for (int t = 0; t < frames; t++) {
            for (int k = 0; k < bins; k++) {
                re[k] = sr[k][t];
                im[k] = si[k][t];
            }
            fft.inverse(re, im, frame, 0);
            int start = t * hop;
            for (int n = 0; n < nFft; n++) {
                y[start + n] += window[n] * frame[n];
            }
        }
        // Window-sum-square normalisation (librosa.filters.window_sumsquare), in double.
        double[] w = config.window().periodic(config.winLength());
        double[] wsq = new double[nFft];
        int left = (nFft - config.winLength()) / 2;
        for (int i = 0; i < w.length; i++) {
            wsq[left + i] = w[i] * w[i];
        }
        double[] wss = new double[y.length];
        for (int t = 0; t < frames; t++) {
            int start = t * hop;
            for (int n = 0; n < nFft; n++) {
                wss[start + n] += wsq[n];
            }
        }
        for (int i = 0; i < y.length; i++) {
            if (wss[i] > Float.MIN_NORMAL) {
                y[i] = (float) (y[i] / wss[i]);
            }
        }
        int p = nFft / 2;
        if (length < 0) {
            if (!config.center()) {
                return y;
            }
            // y[p : -p] (an empty slice when the signal is shorter than both pads)
            int n = Math.max(0, y.length - 2 * p);
            float[] out = new float[n];
            if (n > 0) {
                System.arraycopy(y, p, out, 0, n);
            }
            return out;
        }
        int start = config.center() ? p : 0;
        float[] out = new float[length];
        int n = Math.max(0, Math.min(length, y.length - start));
        if (n > 0) {
            System.arraycopy(y, start, out, 0, n);
        }
        return out;
    }
}
