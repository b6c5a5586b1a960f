/**
 * A synthetic emotional speech corpus: voiced, speech-like utterances whose acoustics
 * follow what is known about how emotions change the voice.
 *
 * <p><b>Source-filter model.</b> Voiced speech is a periodic source, the airflow through
 * the vibrating vocal folds, filtered by the vocal tract, whose resonances (formants)
 * make the vowels. {@link io.github.ser4j.data.synth.GlottalSource} makes Rosenberg
 * glottal pulses at the fundamental frequency F0, cycle by cycle, with the small
 * irregularities of a real voice (jitter in period, shimmer in amplitude), occasional
 * creaky cycles and turbulent aspiration noise; a one-pole low-pass sets the spectral
 * tilt. {@link io.github.ser4j.data.synth.FormantFilter} cascades four resonators
 * (F1-F4) whose frequencies glide from syllable to syllable. Speakers differ in F0 and
 * vocal-tract length (women's formants are about 15 % higher) -- see {@link
 * io.github.ser4j.data.synth.Voice}.
 *
 * <p><b>Emotion.</b> Decades of studies agree on the main vocal correlates of acted
 * emotions. High-arousal emotions (anger, happiness, fear, surprise) raise F0, widen its
 * range, raise intensity and speaking rate; anger also flattens the spectral tilt (a
 * tense voice puts more energy in high frequencies); fear adds jitter and irregular
 * pitch; surprise ends in a rise. Low-arousal emotions (sadness, boredom, calm) lower and
 * narrow F0, soften and slow down; sadness is breathy, disgust slow and creaky.
 * {@link io.github.ser4j.data.synth.EmotionProfile} encodes these as synthesis
 * parameters. Speakers act with different expressiveness and no token is produced twice
 * the same way, so the classes overlap: a classifier should do well above chance but not
 * perfectly, and high-arousal emotions get confused with each other, as in real data.
 *
 * <p>{@link io.github.ser4j.data.synth.SyntheticCorpus} writes it in RAVDESS layout,
 * deterministically from a seed, in well under a second per hundred files. Read it first.
 */
package io.github.ser4j.data.synth;
