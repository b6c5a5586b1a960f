/**
 * Utterance-level functionals: a whole utterance as one fixed-length vector.
 *
 * <p>Frame features such as MFCCs describe 10-30 ms of sound; an emotion is a property of
 * the utterance. The classic paralinguistic systems (openSMILE's ComParE and eGeMAPS sets,
 * Schuller et al.) bridge the two by computing low-level descriptors per frame (loudness,
 * spectrum shape, cepstrum, pitch, voice quality) and summarising each over the utterance by
 * statistics ("functionals": mean, spread, shape, percentiles, slope).
 * {@link io.github.ser4j.dsp.functionals.Functionals} computes the statistics of one track;
 * {@link io.github.ser4j.dsp.functionals.AcousticFunctionals} builds the whole vector.
 * On a small corpus such a vector with a linear model or a small MLP is a strong baseline,
 * hard for networks trained from frames to beat.
 */
package io.github.ser4j.dsp.functionals;
