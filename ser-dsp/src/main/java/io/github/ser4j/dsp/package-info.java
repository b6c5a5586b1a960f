/**
 * ser4j's audio front end: everything between WAV bytes and a feature matrix.
 *
 * <p>Read in this order: {@link io.github.ser4j.dsp.audio} (decoding, resampling),
 * {@link io.github.ser4j.dsp.fft} (the discrete Fourier transform), then the spectral
 * package (STFT, mel filterbank, MFCC). Every function that a seed project called in
 * librosa has a twin here that names it in its Javadoc and is tested against librosa's
 * own output. Beyond librosa: {@link io.github.ser4j.dsp.prosody} (pitch tracking) and
 * {@link io.github.ser4j.dsp.functionals} (utterance-level feature vectors in the manner of
 * openSMILE), which the default model reads.
 */
package io.github.ser4j.dsp;
