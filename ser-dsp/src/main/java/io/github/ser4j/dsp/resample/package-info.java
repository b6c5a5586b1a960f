/**
 * Sample-rate conversion, matching librosa 0.9.2's {@code resample}. Read
 * {@link io.github.ser4j.dsp.resample.Resampler} first.
 *
 * <h2>Why resampling needs a filter</h2>
 * A signal sampled at {@code fs} can only represent frequencies below {@code fs / 2} (the
 * Nyquist frequency). Converting it to a rate {@code fs'} means evaluating the underlying
 * band-limited function at new instants {@code t / fs'}. By the sampling theorem that
 * function is {@code x(tau) = sum_n x[n] sinc(tau - n)}; when {@code fs' < fs} everything
 * between {@code fs' / 2} and {@code fs / 2} must first be removed, or it folds back
 * (aliases) into the band that remains. Both jobs are done by one low-pass kernel: the sinc
 * stretched to the lower of the two Nyquist frequencies, {@code scale = min(1, fs' / fs)}:
 * <pre>
 *   y[t] = scale * sum_n x[n] * sinc(scale * (tau_t - n)) * window(tau_t - n),   tau_t = t * fs / fs'
 * </pre>
 * The infinite sinc is cut to a few tens of zero crossings and tapered by a Kaiser window,
 * whose {@code beta} trades the width of the transition band against the stop-band
 * attenuation.
 *
 * <h2>Two families, as librosa offers</h2>
 * <ul>
 *   <li><b>kaiser_best / kaiser_fast</b> (resampy): the windowed sinc is tabulated once at
 *       2^13 (or 2^9) points per zero crossing ({@link io.github.ser4j.dsp.resample.KaiserSincTable})
 *       and read by linear interpolation at each output's exact fractional position, so any
 *       ratio, even an irrational one, is served by the same table.</li>
 *   <li><b>polyphase</b> (scipy's {@code resample_poly}): for a ratio {@code up / down} the
 *       signal is conceptually zero-stuffed by {@code up}, filtered by one FIR designed for
 *       that ratio, and decimated by {@code down}; only the taps that meet real samples are
 *       computed.</li>
 * </ul>
 *
 * <h2>Making it fast without changing the numbers</h2>
 * For whole-number rates the ratio reduces to {@code up / down}, and output {@code t} falls
 * at fractional position {@code (t * down mod up) / up}: there are only {@code up} distinct
 * phases. The sinc resampler therefore computes each phase's interpolated coefficients once
 * (a polyphase bank, cached per ratio) and every output sample becomes one contiguous dot
 * product, run by a SIMD kernel ({@link io.github.ser4j.dsp.resample.kernels}). The numbers
 * are resampy's coefficients; only the float32 summation order differs.
 *
 * <p>Output lengths follow librosa's {@code fix=True}: {@code ceil(n * fs' / fs)} samples.
 */
package io.github.ser4j.dsp.resample;
