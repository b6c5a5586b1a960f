/**
 * Deterministic signal effects: pre-emphasis, noise reduction, silence trimming, padding
 * to a fixed duration, and time-scale and pitch modification.
 *
 * <p>Each class is the twin of a librosa or scipy function named in its Javadoc, with the
 * same defaults, and is tested against that function's output.
 * <ul>
 *   <li>{@link io.github.ser4j.dsp.effects.PreEmphasis}: {@code y[n] = x[n] - 0.97 x[n-1]}
 *       boosts high frequencies, whose energy in speech falls off by about 6 dB per octave,
 *       so that they are not lost under the low ones (librosa.effects.preemphasis);
 *   <li>{@link io.github.ser4j.dsp.effects.SilenceTrim}: drops the leading and trailing
 *       frames whose RMS is more than {@code top_db} below the loudest frame
 *       (librosa.effects.trim), so that features describe the speech, not the pauses;
 *   <li>{@link io.github.ser4j.dsp.effects.WienerFilter}: shrinks each sample towards its
 *       local mean by the fraction of the local variance that is noise,
 *       {@code y = mu + (1 - noise/var)(x - mu)} (scipy.signal.wiener);
 *   <li>{@link io.github.ser4j.dsp.effects.FixedLength}: zero-pad or truncate to a fixed
 *       number of samples, keeping the start (librosa.util.fix_length), the centre, or a
 *       random window;
 *   <li>{@link io.github.ser4j.dsp.effects.PhaseVocoder},
 *       {@link io.github.ser4j.dsp.effects.TimeStretch} and
 *       {@link io.github.ser4j.dsp.effects.PitchShift}: change duration without changing
 *       pitch, and pitch without changing duration (librosa.phase_vocoder,
 *       librosa.effects.time_stretch, librosa.effects.pitch_shift).
 * </ul>
 *
 * <p><b>Time and pitch.</b> Played faster, a recording gets shorter and higher at the same
 * time. To separate the two, the phase vocoder works on the STFT: it reads the frames at
 * a different pace ({@code rate} frames per output frame), interpolating magnitudes, and
 * rebuilds each bin's phase by accumulating the phase advance measured between
 * neighbouring input frames, so that every sinusoid keeps its frequency. Pitch shifting is
 * then a time stretch by {@code 2^(-steps/12)} followed by resampling by the inverse
 * factor, which restores the duration and moves every frequency.
 *
 * <p>Read {@link io.github.ser4j.dsp.effects.PreEmphasis} first: a single difference
 * equation, with the filter-state convention ({@code zi}, {@code zf}) that lets a stream be
 * processed in blocks. Then {@link io.github.ser4j.dsp.effects.SilenceTrim} and
 * {@link io.github.ser4j.dsp.effects.PhaseVocoder}.
 */
package io.github.ser4j.dsp.effects;
