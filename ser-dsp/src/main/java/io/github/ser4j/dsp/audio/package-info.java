/**
 * Audio in and out: from WAV/AIFF bytes to a mono {@link io.github.ser4j.dsp.audio.Audio}
 * signal, as {@code librosa.load} produces it. Read {@link io.github.ser4j.dsp.audio.AudioLoader}
 * first, then {@link io.github.ser4j.dsp.audio.AudioReader}.
 *
 * <h2>From bytes to floats</h2>
 * A WAV file is a RIFF container: a 12-byte header ({@code "RIFF" size "WAVE"}) followed by
 * chunks, each {@code id(4) size(4) body} with the body padded to an even length. Two
 * chunks matter: {@code fmt } (encoding, channels, sample rate, bits per sample) and
 * {@code data} (interleaved frames: one sample per channel, then the next frame). Everything
 * else ({@code LIST}, {@code fact}, {@code bext}, ID3 tags) is skipped. AIFF is the same idea
 * in big-endian ({@code FORM}, {@code COMM}, {@code SSND}), with the sample rate stored as an
 * 80-bit extended float. Corpora sometimes ship AIFF under {@code .wav} names, so the format
 * is recognised from the first twelve bytes, never from the file name.
 *
 * <p>Integer samples become floats by dividing by {@code 2^(bits-1)} — {@code int16 / 32768},
 * {@code int24 / 2^23}, {@code int32 / 2^31}; WAV's 8-bit samples are unsigned, so
 * {@code (v - 128) / 128} — exactly what libsndfile does for soundfile and hence for
 * librosa. The divisor is a power of two, so every conversion is exact (or, for 32-bit,
 * one rounding to float32): decoding the golden PCM16 file reproduces {@code librosa.load}
 * bit for bit. Channels are mixed down by their float32 mean (librosa's {@code to_mono}).
 *
 * <h2>Distrusting headers</h2>
 * Headers lie: truncated downloads, streamed writers that never filled in sizes, corrupt
 * files. Every size is checked against the bytes actually present before anything is
 * read or allocated, chunk walking always advances, and every problem is reported as an
 * {@link io.github.ser4j.dsp.audio.AudioFormatException} naming the file and what is wrong.
 * The policy for data that runs past the end of the file is explicit: the strict reader
 * (default) rejects it, the lenient reader decodes the whole frames present.
 *
 * <h2>Loading</h2>
 * {@link io.github.ser4j.dsp.audio.AudioLoader} composes the steps in librosa 0.9.2's order:
 * decode, cut {@code offset}/{@code duration} at the native rate, mix to mono, resample
 * ({@link io.github.ser4j.dsp.resample.Resampler}). {@link io.github.ser4j.dsp.audio.WavWriter}
 * writes 16/24/32-bit PCM or 32-bit float WAVs back.
 */
package io.github.ser4j.dsp.audio;
