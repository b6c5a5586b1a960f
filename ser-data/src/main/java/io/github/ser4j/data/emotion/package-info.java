/**
 * The emotion taxonomy: one set of categories for all corpora, and relabellings of it.
 *
 * <p>Every emotional speech corpus names its categories its own way: RAVDESS numbers them
 * ({@code 05} = angry), CREMA-D abbreviates ({@code ANG}), EMO-DB uses German initials
 * ({@code W} = Wut), EMOVO Italian stems ({@code rab} = rabbia), TESS English words with a
 * {@code ps} for "pleasant surprise". To train on two corpora, or to test a model trained on
 * one corpus against another, the labels must first mean the same thing. {@link
 * io.github.ser4j.data.emotion.Emotion} is that common vocabulary: the union of the
 * "basic emotions" (Ekman's anger, disgust, fear, happiness, sadness, surprise) plus the
 * neutral state and the two low-arousal categories two corpora add (RAVDESS' calm and
 * EMO-DB's boredom).
 *
 * <p>Experiments rarely use every category. Calm is hard to tell from neutral, so it is
 * often merged into it; cross-corpus work keeps only the categories both corpora share
 * (often the four "angry, happy, sad, neutral"). {@link
 * io.github.ser4j.data.emotion.EmotionMapping} expresses such choices as an immutable
 * function from source emotion to target emotion (or "dropped"), so an experiment states
 * its label set once and every part of the pipeline applies the same one.
 *
 * <p>Read {@link io.github.ser4j.data.emotion.Emotion} first.
 */
package io.github.ser4j.data.emotion;
