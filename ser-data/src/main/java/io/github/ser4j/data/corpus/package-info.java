/**
 * Emotional speech corpora: reading their file names into labelled utterances.
 *
 * <p>Acted emotional speech corpora carry their labels in their file names. RAVDESS
 * numbers every field ({@code 03-01-05-01-02-01-12.wav}: audio-only, speech, angry,
 * normal intensity, statement 2, repetition 1, actor 12); CREMA-D abbreviates
 * ({@code 1001_DFA_ANG_XX.wav}); EMO-DB packs speaker, text, German emotion initial and
 * version into seven characters ({@code 03a01Fa.wav}); TESS, SAVEE, EMOVO and ShEMO each
 * have their own scheme. One reader per corpus ({@code RavdessReader}, ...) turns a name
 * into an {@link io.github.ser4j.data.corpus.Utterance}: path, {@linkplain
 * io.github.ser4j.data.emotion.Emotion emotion}, speaker, gender, language, intensity,
 * text id. Readers never open the audio: reading a corpus of thousands of files takes
 * milliseconds, and decoding is the feature pipeline's job.
 *
 * <p><b>Speakers are namespaced</b> ({@code ravdess:12}, {@code emodb:03}): a model that
 * has heard a speaker during training recognises that speaker's voice, not only the
 * emotion, so honest evaluation keeps every speaker on one side of the split. That is
 * only possible if speaker ids of combined corpora never collide.
 *
 * <p><b>Nothing is guessed.</b> A name that follows no scheme, or follows one but is
 * invalid (a RAVDESS song file labelled disgust, which the song set does not have; a TESS
 * file whose folder says "fear" but whose name says "angry"), becomes an {@link
 * io.github.ser4j.data.corpus.UnparsedFile} with the reason, counted and reported.
 *
 * <p><b>Detection.</b> {@link io.github.ser4j.data.corpus.Corpora#scan} shows each file to
 * every reader; the corpus whose scheme explains most files wins the folder (majority
 * vote), and a folder holding several corpora yields several. Read {@link
 * io.github.ser4j.data.corpus.Corpora} first, then {@link
 * io.github.ser4j.data.corpus.Utterance}.
 */
package io.github.ser4j.data.corpus;
