/**
 * The discrete Fourier transform, written out.
 *
 * <p>{@code X[k] = sum_t x[t] e^{-2 pi i k t / n}} turns n samples into n complex
 * frequency components. The fast Fourier transform computes it in O(n log n) by splitting
 * the sum into even and odd samples (radix 2) and recursing; lengths that are not powers of
 * two are handled by Bluestein's identity {@code kt = (k^2 + t^2 - (k-t)^2) / 2}, which
 * turns the DFT into a convolution that a power-of-two FFT can compute.
 *
 * <p>Start with {@link io.github.ser4j.dsp.fft.ComplexFft}, then
 * {@link io.github.ser4j.dsp.fft.RealFft}, which exploits the symmetry of real input.
 */
package io.github.ser4j.dsp.fft;
