/**
 * The streaming front end: features from audio that arrives a chunk at a time (a microphone,
 * a network stream), identical to the batch features of the same signal. Read
 * {@link io.github.ser4j.dsp.stream.FeatureStream} first.
 *
 * <p>An STFT frame depends only on the {@code nFft} samples under it, so frame {@code t} can be
 * computed as soon as sample {@code t hop + nFft/2 - 1} has arrived (centred frames) — latency is
 * half a frame, not the whole utterance. Two details make the stream equal the batch result:
 * the centring pad at the start (zeros in librosa 0.9; a reflection of samples
 * {@code 1 .. nFft/2} in librosa 0.8, so the first frame waits for {@code nFft/2 + 1} samples),
 * and the pad at the end, which exists only once the signal is known to be over
 * ({@code finish()}).
 *
 * <p>Every later step must be per-frame too. The mel filterbank and the DCT are; the decibel
 * step is only with a fixed reference and no {@code top_db}: librosa's {@code top_db=80} floors
 * values at 80 dB below the maximum over <em>all</em> frames, which is unknowable while audio is
 * still arriving, and {@code ref=np.max} likewise. Such configurations are rejected rather than
 * silently approximated.
 */
package io.github.ser4j.dsp.stream;
