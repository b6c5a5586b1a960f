/**
 * Data augmentation: random, label-preserving changes to training utterances.
 *
 * <p>Emotional speech corpora are small (EMO-DB has 535 utterances, RAVDESS 1440), so a
 * network sees each utterance many times. Showing it a slightly different version each
 * time — louder or quieter, with background noise, shifted in time, a little faster or
 * higher — teaches it that these differences do not change the emotion, which is what
 * lets it generalise to new recordings. The transformations here are the ones the
 * reference SER projects use: additive noise, time shift, pitch shift and time stretch
 * (through librosa), plus gain and speed perturbation (as Kaldi and sox do).
 *
 * <p>Read {@link io.github.ser4j.dsp.augment.Augmentation} first: one method,
 * {@code apply(x, sampleRate, rng)}, that draws its parameters (an SNR, a shift) from the
 * generator it is given. Then {@link io.github.ser4j.dsp.augment.AugmentationChain}, which
 * runs steps in order, step {@code i} with probability {@code p_i}, and makes {@code N}
 * seeded copies of an utterance. Each augmentation is a record holding the range its
 * parameter is drawn from:
 * <ul>
 *   <li>{@link io.github.ser4j.dsp.augment.AdditiveNoise}: white noise at an SNR in dB,
 *       {@code SNR = 10 log10(P_signal / P_noise)};
 *   <li>{@link io.github.ser4j.dsp.augment.PeakScaledNoise}: the SER notebooks' noise,
 *       standard deviation {@code 0.035 U(0,1) max(x)};
 *   <li>{@link io.github.ser4j.dsp.augment.Gain}: {@code x * 10^(dB/20)};
 *   <li>{@link io.github.ser4j.dsp.augment.TimeShift}: circular or zero-filled shift;
 *   <li>{@link io.github.ser4j.dsp.augment.RandomTimeStretch}: tempo by a rate, pitch kept
 *       (phase vocoder, librosa.effects.time_stretch);
 *   <li>{@link io.github.ser4j.dsp.augment.RandomPitchShift}: pitch by semitones, tempo
 *       kept (librosa.effects.pitch_shift);
 *   <li>{@link io.github.ser4j.dsp.augment.SpeedPerturbation}: tempo and pitch together by
 *       a factor {@code f}, by resampling from {@code f * sr} to {@code sr} (sox speed).
 * </ul>
 * The last three change the duration (pitch shift excepted); pad or crop afterwards with
 * {@link io.github.ser4j.dsp.effects.FixedLength} where a model wants a fixed size.
 *
 * <p>Augmentation must only ever touch training utterances, after the corpus has been
 * split (by speaker where speakers are known): an augmented copy of a test utterance in the
 * training set is the same recording seen twice, and inflates the reported accuracy. This
 * package works on single signals; the data layer enforces the order.
 *
 * <p>Everything random takes a {@link java.util.random.RandomGenerator} (or a seed): the
 * same seed gives the same augmented copies, bit for bit.
 */
package io.github.ser4j.dsp.augment;
