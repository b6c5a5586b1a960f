/**
 * Prosody: how a voice's pitch moves.
 *
 * <p>Emotion is carried as much by the melody of speech as by its timbre: anger and joy
 * raise the fundamental frequency (F0) and widen its range, sadness lowers and flattens it
 * (Banse &amp; Scherer 1996). {@link io.github.ser4j.dsp.prosody.PitchTracker} estimates
 * F0 frame by frame from the normalised cross-correlation of the waveform with itself, the
 * method of RAPT and Praat: a voiced frame repeats itself after one period, so its
 * correlation peaks at that lag; the height of the peak says how periodic (how clean) the
 * voice is. {@link io.github.ser4j.dsp.prosody.PitchTrack} holds the result.
 */
package io.github.ser4j.dsp.prosody;
