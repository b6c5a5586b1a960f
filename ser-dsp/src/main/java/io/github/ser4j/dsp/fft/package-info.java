/**
 * The discrete Fourier transform, written out.
 *
 * <p>{@code X[k] = sum_t x[t] e^{-2 pi i k t / n}} turns n samples into n complex
 * frequency components. The fast Fourier transform computes it in O(n log n) by splitting
 * the sum into R interleaved sub-sums (radix R) and recursing. Lengths that are not powers
 * of two are handled by Bluestein's identity {@code kt = (k^2 + t^2 - (k-t)^2) / 2}, which
 * turns the DFT into a convolution that a power-of-two FFT can compute.
 *
 * <p>The power-of-two FFT here is a <em>Stockham autosort</em> FFT: each pass reads its
 * input and writes a second buffer in an order that leaves the result in natural order at
 * the end, so no bit-reversal permutation is needed, and every pass but the first walks
 * memory with unit stride, which is what SIMD wants. Pass {@code s} with radix {@code R}
 * combines R transforms of length {@code ns} into one of length {@code ns R}:
 * <pre>
 *   y[(j / ns) ns R + (j mod ns) + r ns] = sum_m  W_R^{r m} ( W_{ns R}^{m (j mod ns)} x[j + m n / R] )
 * </pre>
 * The schedule is one radix-8 pass (no twiddles since ns = 1), then radix-8 passes topped up
 * with one or two radix-4 passes (n = 2048: 8, 4, 8, 8); see {@code StockhamPlan}. The first
 * pass writes with stride 8 ({@code ns = 1}); its vector version computes eight butterflies
 * side by side and transposes 8 x 8 blocks in registers to write them.
 *
 * <p>A real signal of even length n is transformed as a complex one of length n/2 (even
 * samples as real part, odd samples as imaginary part) and untangled with one pass, since
 * the spectrum of a real signal is conjugate-symmetric: half the work of a complex FFT.
 *
 * <p>Start with {@link io.github.ser4j.dsp.fft.ComplexFft}, then
 * {@link io.github.ser4j.dsp.fft.RealFft}, whose {@code powerSpectrumBatch} is the STFT's
 * engine. The arithmetic lives in {@link io.github.ser4j.dsp.kernels}.
 */
package io.github.ser4j.dsp.fft;
