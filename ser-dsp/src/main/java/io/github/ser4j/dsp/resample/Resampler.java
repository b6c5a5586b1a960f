package io.github.ser4j.dsp.resample;

import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.resample.kernels.DotKernel;
import java.util.Objects;

/**
 * Changes the sample rate of a signal: {@code librosa.resample(y, orig_sr, target_sr,
 * res_type, fix=True, scale=False)} of librosa 0.9.2.
 *
 * <pre>{@code
 * float[] y16k = Resampler.standard().resample(y48k, 48000, 16000, ResampleType.KAISER_BEST);
 * Audio a = Resampler.standard().resample(audio, 16000, ResampleType.KAISER_BEST);
 * }</pre>
 *
 * <p>The output has exactly {@link #fixedLength fixedLength(n, orig, target)} =
 * {@code ceil(n * target / orig)} samples (librosa's {@code fix_length}: the algorithm's own
 * output is zero-padded or cut to that length). Equal rates return a copy. The algorithms:
 * <ul>
 *   <li>{@link ResampleType#KAISER_BEST} / {@link ResampleType#KAISER_FAST}: resampy's
 *       band-limited sinc interpolation ({@link KaiserSincTable}), any positive rates,
 *       including non-integer ones (as {@code pitch_shift} needs);</li>
 *   <li>{@link ResampleType#POLYPHASE}: {@code scipy.signal.resample_poly}; rates are
 *       truncated to integers first, as librosa does.</li>
 * </ul>
 *
 * <p>Where librosa raises (an input so short that resampy's {@code int(n * target / orig)}
 * is 0) this class instead continues the same formula to the fixed length, so a 1-sample
 * input gives {@code ceil(target / orig)} band-limited samples, and an empty input an empty
 * output.
 *
 * <p>Instances are immutable and thread-safe; they differ only in the dot-product kernel
 * (the results agree to float32 rounding).
 */
public final class Resampler {
    private static final Resampler STANDARD = new Resampler(DotKernel.preferred());
    private static final Resampler SCALAR = new Resampler(DotKernel.scalar());
    private static final Resampler RESAMPY_EXACT = new Resampler(DotKernel.scalar(), true);

    private final DotKernel kernel;
    private final boolean literal;

    private Resampler(DotKernel kernel) {
        this(kernel, false);
    }

    private Resampler(DotKernel kernel, boolean literal) {
        this.kernel = kernel;
        this.literal = literal;
    }

    /** The resampler with the fastest available kernel (SIMD when the Vector API is present). */
    public static Resampler standard() {
        return STANDARD;
    }

    /** The resampler with the plain scalar kernel (the reference the SIMD one is tested against). */
    public static Resampler scalar() {
        return SCALAR;
    }

    /**
     * The resampler that runs resampy's loop literally for the kaiser types (double weights
     * interpolated per tap, float32 accumulator rounded after each addition): bit-identical
     * to resampy 0.4.2 / librosa 0.9.2, and several times slower than {@link #standard()},
     * whose results differ from it by float32 rounding only (SNR above 125 dB).
     */
    public static Resampler resampyExact() {
        return RESAMPY_EXACT;
    }

    /** A resampler using the given kernel. */
    public static Resampler withKernel(DotKernel kernel) {
        return new Resampler(Objects.requireNonNull(kernel, "kernel"));
    }

    /** The kernel this resampler uses (unused by {@link #resampyExact()}). */
    public DotKernel kernel() {
        return kernel;
    }

    /**
     * librosa's output length, {@code ceil(n * (target / orig))} with the ratio computed first,
     * in double, exactly as {@code int(np.ceil(y.shape[-1] * ratio))}.
     */
    public static int fixedLength(int n, double origSr, double targetSr) {
        checkRates(origSr, targetSr);
        if (n < 0) {
            throw new IllegalArgumentException("n must be non-negative, got " + n);
        }
        double len = Math.ceil(n * (targetSr / origSr));
        if (len > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("resampling " + n + " samples from " + origSr + " Hz to "
                    + targetSr + " Hz gives " + (long) len + " samples, too many for one array");
        }
        return (int) len;
    }

    /**
     * Resamples {@code y} from {@code origSr} to {@code targetSr} Hz.
     *
     * @param y        the signal (not modified)
     * @param origSr   its sample rate, positive and finite
     * @param targetSr the wanted rate, positive and finite
     * @param type     the algorithm
     * @return a new array of {@link #fixedLength} samples
     * @throws IllegalArgumentException for a non-positive or non-finite rate, or a ratio the
     *                                  filter cannot realise (below 1/8192 for kaiser_best)
     */
    public float[] resample(float[] y, double origSr, double targetSr, ResampleType type) {
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(type, "type");
        int nFixed = fixedLength(y.length, origSr, targetSr);
        if (origSr == targetSr) {
            return y.clone();
        }
        if (y.length == 0) {
            return new float[0];
        }
        float[] out;
        if (type == ResampleType.POLYPHASE) {
            long o = (long) origSr;
            long t = (long) targetSr;
            if (o < 1 || t < 1) {
                throw new IllegalArgumentException("polyphase needs rates of at least 1 Hz after truncation, got "
                        + origSr + " -> " + targetSr);
            }
            out = PolyphaseResampler.resample(y, t, o);
        } else {
            KaiserSincTable table = KaiserSincTable.of(type);
            SincResampler.indexStep(targetSr / origSr, table);
            int n = SincResampler.resampyLength(y.length, origSr, targetSr);
            // Where resampy would refuse (n < 1), continue its formula up to the fixed length.
            int nOut = n < 1 ? nFixed : n;
            out = literal
                    ? SincResampler.resampleDirect(y, origSr, targetSr, nOut, table)
                    : SincResampler.resample(y, origSr, targetSr, nOut, table, kernel);
        }
        return fix(out, nFixed);
    }

    /**
     * Resamples {@code audio} to {@code targetSr} Hz; the same object when the rate already matches.
     */
    public Audio resample(Audio audio, int targetSr, ResampleType type) {
        if (audio.sampleRate() == targetSr) {
            return audio;
        }
        return new Audio(resample(audio.samples(), audio.sampleRate(), targetSr, type), targetSr);
    }

    private static float[] fix(float[] y, int n) {
        if (y.length == n) {
            return y;
        }
        float[] f = new float[n];
        System.arraycopy(y, 0, f, 0, Math.min(n, y.length));
        return f;
    }

    private static void checkRates(double origSr, double targetSr) {
        if (!(origSr > 0) || Double.isInfinite(origSr)) {
            throw new IllegalArgumentException("origSr must be positive and finite, got " + origSr);
        }
        if (!(targetSr > 0) || Double.isInfinite(targetSr)) {
            throw new IllegalArgumentException("targetSr must be positive and finite, got " + targetSr);
        }
    }
}
