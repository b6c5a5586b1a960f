/**
 * Frame-level audio features as librosa 0.9.2 computes them, composed from the spectral core
 * ({@code io.github.ser4j.dsp.spectral}). Read {@link io.github.ser4j.dsp.features.Features}
 * first: one entry point with librosa's defaults, which the command line and the corpus
 * feature extractor call.
 *
 * <p>Every feature is a {@code float[][]} indexed {@code [coefficient][frame]}, exactly the
 * shape librosa returns, so that the frame axis is last and {@code mean over frames} of an
 * MFCC gives the per-utterance vector many speech-emotion notebooks use.
 *
 * <ul>
 *   <li>MFCC ({@link io.github.ser4j.dsp.features.Mfcc}) = DCT-II(power_to_db(mel(|STFT|^2)))
 *       keeping {@code n_mfcc} coefficients, optionally liftered by
 *       {@code 1 + (L/2) sin(pi (n+1) / L)}; its deltas
 *       ({@link io.github.ser4j.dsp.features.Delta}) are local Savitzky-Golay derivatives
 *       over 9 frames.</li>
 *   <li>Time-domain features: RMS energy ({@link io.github.ser4j.dsp.features.Rms}) and the
 *       zero-crossing rate ({@link io.github.ser4j.dsp.features.ZeroCrossingRate}), which
 *       separates voiced (low rate) from fricative or noisy (high rate) frames.</li>
 *   <li>Spectral shape: centroid (the spectrum's centre of mass), bandwidth (its spread),
 *       rolloff (the frequency below which 85% of the magnitude lies), flatness (geometric over
 *       arithmetic mean: 1 for white noise, near 0 for a tone).</li>
 *   <li>Chroma ({@link io.github.ser4j.dsp.features.Chroma}): energy folded onto the 12 pitch
 *       classes, after estimating how far the recording is tuned from A440.</li>
 * </ul>
 */
package io.github.ser4j.dsp.features;
