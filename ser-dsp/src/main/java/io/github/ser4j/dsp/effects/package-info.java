/**
 * Deterministic signal effects applied before feature extraction: pre-emphasis, noise
 * reduction, padding to a fixed duration.
 *
 * <p>Each class is the twin of a librosa or scipy function named in its Javadoc, with the
 * same defaults, and is tested against that function's output.
 * <ul>
 *   <li>{@link io.github.ser4j.dsp.effects.PreEmphasis}: {@code y[n] = x[n] - 0.97 x[n-1]}
 *       boosts high frequencies, whose energy in speech falls off by about 6 dB per octave,
 *       so that they are not lost under the low ones (librosa.effects.preemphasis);
 *   <li>{@link io.github.ser4j.dsp.effects.WienerFilter}: shrinks each sample towards its
 *       local mean by the fraction of the local variance that is noise,
 *       {@code y = mu + (1 - noise/var)(x - mu)} (scipy.signal.wiener), which several SER
 *       projects use to clean recordings before extracting features;
 *   <li>{@link io.github.ser4j.dsp.effects.FixedLength}: zero-pad or truncate to a fixed
 *       number of samples, keeping the start (librosa.util.fix_length), the centre, or a
 *       random window.
 * </ul>
 *
 * <p>Read {@link io.github.ser4j.dsp.effects.PreEmphasis} first: a single difference
 * equation, with the filter-state convention ({@code zi}, {@code zf}) that lets a stream be
 * processed in blocks.
 */
package io.github.ser4j.dsp.effects;
