/**
 * ser4j's audio front end: everything between WAV bytes and a feature matrix.
 *
 * <p>Read in this order: {@link io.github.ser4j.dsp.audio} (decoding, resampling),
 * {@link io.github.ser4j.dsp.fft} (the discrete Fourier transform), then the spectral
 * package (STFT, mel filterbank, MFCC). Every function that a seed project called in
 * librosa has a twin here that names it in its Javadoc and is tested against librosa's
 * own output.
 */
package io.github.ser4j.dsp;
