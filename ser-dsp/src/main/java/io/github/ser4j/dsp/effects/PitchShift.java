package io.github.ser4j.dsp.effects;

import io.github.ser4j.dsp.resample.ResampleType;
import io.github.ser4j.dsp.resample.Resampler;
import io.github.ser4j.dsp.spectral.StftConfig;
import java.util.Objects;

/**
 * Raises or lowers the pitch of a signal without changing its duration: the twin of
 * {@code librosa.effects.pitch_shift(y, sr, n_steps, bins_per_octave=12,
 * res_type='kaiser_best')} (librosa 0.9.2).
 *
 * <p>With {@code rate = 2^(-nSteps / binsPerOctave)}, the signal is first time-stretched by
 * {@code rate} ({@link TimeStretch}: longer when shifting up), then resampled from
 * {@code sr / rate} to {@code sr} Hz, which squeezes it back to about its old length and
 * multiplies every frequency by {@code 1 / rate}; finally it is cut or zero-padded to the
 * input length ({@code fix_length}). A step is a semitone when {@code binsPerOctave} is 12.
 */
public final class PitchShift {

    private PitchShift() {
    }

    /** {@code librosa.effects.pitch_shift(y, sr=sampleRate, n_steps=nSteps)}: semitones, kaiser_best. */
    public static float[] shift(float[] y, int sampleRate, double nSteps) {
        return shift(y, sampleRate, nSteps, 12, ResampleType.KAISER_BEST);
    }

    /**
     * {@code librosa.effects.pitch_shift(y, sr, n_steps, bins_per_octave, res_type)}.
     *
     * @param y             the signal, not modified
     * @param sampleRate    its sample rate in Hz, positive
     * @param nSteps        the shift in steps, finite (positive: higher)
     * @param binsPerOctave steps per octave, positive
     * @param type          the resampler ({@code kaiser_best} in librosa 0.9.2;
     *                      {@code kaiser_fast} is several times faster)
     * @return a new array of the input's length
     */
    public static float[] shift(float[] y, int sampleRate, double nSteps, int binsPerOctave, ResampleType type) {
        return shift(y, sampleRate, nSteps, binsPerOctave, type, StftConfig.librosaDefault());
    }

    /**
     * {@code librosa.effects.pitch_shift(y, sr, n_steps, bins_per_octave, res_type,
     * **stft_kwargs)}: as {@link #shift(float[], int, double, int, ResampleType)} with the
     * time stretch's STFT given (for example {@code PadMode.REFLECT} to match librosa 0.8).
     *
     * @param y             the signal, not modified
     * @param sampleRate    its sample rate in Hz, positive
     * @param nSteps        the shift in steps, finite (positive: higher)
     * @param binsPerOctave steps per octave, positive
     * @param type          the resampler
     * @param config        the STFT of the time stretch
     * @return a new array of the input's length
     */
    public static float[] shift(float[] y, int sampleRate, double nSteps, int binsPerOctave, ResampleType type,
                                StftConfig config) {
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(type, "type");
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sampleRate must be positive, got " + sampleRate);
        }
        if (!Double.isFinite(nSteps)) {
            throw new IllegalArgumentException("nSteps must be finite, got " + nSteps);
        }
        if (binsPerOctave <= 0) {
            throw new IllegalArgumentException("binsPerOctave must be positive, got " + binsPerOctave);
        }
        double rate = Math.pow(2.0, -nSteps / binsPerOctave);
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("nSteps " + nSteps + " with binsPerOctave " + binsPerOctave
                    + " gives the unusable stretch rate " + rate);
        }
        float[] stretched = TimeStretch.stretch(y, rate, config);
        float[] resampled = Resampler.standard().resample(stretched, (double) sampleRate / rate, sampleRate, type);
        return FixedLength.fixLength(resampled, y.length);
    }
}
