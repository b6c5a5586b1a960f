/**
 * Feature extraction for training and inference: from a corpus's audio files to the arrays a
 * model takes, in parallel, cached on disk, reproducible from a recipe. Read
 * {@link io.github.ser4j.data.features.FeatureRecipe} first, then
 * {@link io.github.ser4j.data.features.FeaturePipeline} and
 * {@link io.github.ser4j.data.features.FeatureExtractor}.
 *
 * <h2>A recipe is the whole front end</h2>
 * A speech-emotion model is only as reproducible as its preprocessing: the same network fed
 * MFCCs at 22050 Hz instead of 16000 Hz, or frames padded with zeros instead of reflected
 * samples, sees different numbers. So every choice lives in one immutable value, the
 * {@link io.github.ser4j.data.features.FeatureRecipe}:
 * <pre>
 *   load      librosa.load(path, sr, mono=True, offset, duration, res_type)
 *   [augment] training copies only: the seeded chain of the split's AugmentedUtterance
 *   effects   trim(top_db) -&gt; wiener(mysize) -&gt; preemphasis(coef) -&gt; fix_length(seconds * sr)
 *   features  each [coefficient][frame]: mfcc, logmel, mel, stft, zcr, rms, chroma, centroid (+ deltas)
 *   pooling   frames [rows][frames] | time mean [rows] | stats mean,std,min,max [4 rows] | flatten [rows*frames]
 * </pre>
 * A recipe has a canonical text form ({@code key=value} lines, see
 * {@link io.github.ser4j.data.features.FeatureRecipe#toText()}) that a model bundle stores and
 * inference parses back, and a content hash, the SHA-256 of that text, which changes whenever
 * any field does. The seeds' front ends are predefined
 * ({@link io.github.ser4j.data.features.FeatureRecipe#seed000()} ...
 * {@link io.github.ser4j.data.features.FeatureRecipe#seed004()}), next to ser4j's
 * {@link io.github.ser4j.data.features.FeatureRecipe#defaultRecipe()} (the utterance
 * functionals, one vector per utterance of any length) and
 * {@link io.github.ser4j.data.features.FeatureRecipe#logMel64()} (a log-mel spectrogram).
 *
 * <h2>Why fix the length, and where</h2>
 * Convolutional models take a fixed-size input, and pooled statistics are only comparable if
 * they describe comparable stretches of speech. Padding or truncating the signal to
 * {@code d} seconds gives {@code 1 + floor(d * sr / hop)} centred frames for every file. It
 * comes after trimming (so the kept window starts at the speech) and after augmentation (a
 * time stretch changes the length; the model must still get its fixed size).
 *
 * <h2>Extraction at corpus scale</h2>
 * {@link io.github.ser4j.data.features.FeatureExtractor} runs a recipe over a list of
 * utterances (or of training examples with augmented copies) on a sized thread pool; each
 * thread keeps its own {@link io.github.ser4j.data.features.FeaturePipeline}, whose FFT,
 * filterbank and DCT plans are built once. A bad file is reported by path with the reason and
 * skipped, never ending the run (unless strict mode asks). Originals are cached by
 * {@link io.github.ser4j.data.features.FeatureCache}: one small checksummed file per (recipe
 * hash, SHA-256 of the audio bytes), written atomically, so a second run over the same
 * corpus reads instead of computing, and a damaged entry is detected and recomputed.
 * Results come back as a {@link io.github.ser4j.data.features.FeatureSet} (arrays and labels in
 * input order) and can be saved with {@link io.github.ser4j.data.features.FeatureCsv} and
 * {@link io.github.ser4j.data.features.NpyWriter}.
 *
 * <h2>The path a trainer takes</h2>
 * <pre>{@code
 * FeatureRecipe recipe = FeatureRecipe.defaultRecipe();                 // stored in the model bundle
 * FeatureExtractor ex = FeatureExtractor.builder(recipe).threads(4)
 *         .cache(FeatureCache.at(Path.of("feature-cache"))).build();
 * Split split = new SpeakerHoldOut(0.2, 42).split(corpus.utterances());   // split first ...
 * FeatureSet train = ex.extractExamples(split.train().augmented(2, augmenter, 7).examples()); // ... then augment
 * FeatureSet test = ex.extract(split.test().utterances());
 * float[][][] x = train.matrices();        // [N][64][188]; vectors() for pooled recipes
 * List<Emotion> y = train.labels();
 * // inference: FeaturePipeline.of(FeatureRecipe.parse(bundle.recipeText())).extract(wav)
 * }</pre>
 */
package io.github.ser4j.data.features;
