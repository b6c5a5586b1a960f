/**
 * Evaluation protocols as an API: how well does a network recognise emotions in speech it
 * has never heard? The {@code ser train} and {@code ser evaluate} commands are thin over this
 * package. Read {@link io.github.ser4j.model.experiment.Experiment} first.
 *
 * <h2>What is measured</h2>
 * An {@link io.github.ser4j.model.experiment.ExperimentSpec} names the corpora, the emotions to
 * tell apart, a split {@link io.github.ser4j.model.experiment.Protocol}, the number of folds, the
 * network and its feature recipe, and the training settings. The
 * {@link io.github.ser4j.model.experiment.Experiment} splits first, extracts features, and per
 * fold trains a fresh network on the training part (augmented copies of training utterances
 * only, scaler fitted on training examples only) and scores it on the test part. The result is
 * an {@link io.github.ser4j.model.experiment.ExperimentReport}: per fold and pooled over folds,
 * the unweighted average recall
 * <pre>
 *   UAR = (1/K) * sum_k  TP_k / (TP_k + FN_k)
 * </pre>
 * (the mean of per-class recalls, so a majority-class guesser scores 1/K however unbalanced
 * the corpus), accuracy, macro-F1, the per-class report and the confusion matrix; and the mean
 * and standard deviation of each figure over the folds.
 *
 * <h2>Why protocols matter</h2>
 * A random split of an acted corpus puts each speaker in both training and test data, and a
 * network partly learns voices: such scores overstate what it does for a new speaker, often by
 * tens of points. Speaker-independent hold-out, speaker k-fold and leave-one-speaker-out keep
 * every speaker on one side; cross-corpus testing (train on one corpus, test on another, with
 * only the emotions both have) also changes language, microphones and acting style. With k
 * folds every utterance is tested exactly once, and the spread over folds shows how much of a
 * difference between two models is noise.
 *
 * <h2>The model to keep</h2>
 * After k-fold or leave-one-speaker-out, the scores describe k models; the model saved is a
 * new one trained on all the data for the folds' mean best epoch (the figures estimate how it
 * will do). After a hold-out or cross-corpus run the fold's own model is saved.
 * {@link io.github.ser4j.model.experiment.ModelEvaluation} scores a saved model on other data.
 */
package io.github.ser4j.model.experiment;
