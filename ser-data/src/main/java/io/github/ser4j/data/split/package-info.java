/**
 * Splitting utterances into training and evaluation parts without leaking information.
 *
 * <p>A test score estimates how a model does on data it has never seen, only if the test
 * data really is unseen. Two leaks are common in speech emotion recognition:
 *
 * <ol>
 *   <li><b>Speaker leakage.</b> Acted corpora have few speakers and many utterances each.
 *       A random split puts every speaker on both sides, and the model partly learns to
 *       recognise voices (a speaker's pitch range, timbre) rather than emotions. Scores on
 *       such splits are much higher than on new speakers. {@link
 *       io.github.ser4j.data.split.SpeakerHoldOut}, {@link
 *       io.github.ser4j.data.split.GroupKFold} and {@link
 *       io.github.ser4j.data.split.LeaveOneSpeakerOut} keep every speaker on one side.</li>
 *   <li><b>Augmentation leakage.</b> Augmenting (adding noise, shifting pitch) and
 *       <em>then</em> splitting puts near-copies of test utterances in training. Here the
 *       order is enforced by types: a {@link io.github.ser4j.data.split.Split} has one
 *       {@link io.github.ser4j.data.split.TrainPart} and two {@link
 *       io.github.ser4j.data.split.EvalPart}s; only {@code TrainPart} has {@code
 *       augmented(...)}, and an {@link io.github.ser4j.data.split.AugmentedUtterance}
 *       cannot be constructed anywhere else.</li>
 * </ol>
 *
 * <p>Stratification keeps each part's class balance close to the whole, so that a part
 * does not miss a class by chance; with speaker groups it can only be approximate (a
 * speaker's utterances move together). {@link io.github.ser4j.data.split.StratifiedSplit}
 * is the reference projects' random 80/20 split, kept for comparison. {@link
 * io.github.ser4j.data.split.CrossCorpusSplit} trains on one corpus and tests on another.
 *
 * <p>Every split prints its class and speaker counts per part with {@code summary()}.
 * Read {@link io.github.ser4j.data.split.Split} first.
 */
package io.github.ser4j.data.split;
