package io.github.ser4j.model;

import io.github.ser4j.data.corpus.Corpora;
import io.github.ser4j.data.corpus.Corpus;
import io.github.ser4j.data.corpus.CorpusId;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.features.FeatureExtractor;
import io.github.ser4j.data.features.FeatureRecipe;
import io.github.ser4j.data.features.FeatureSet;
import io.github.ser4j.data.features.FeatureSpec;
import io.github.ser4j.data.features.Pooling;
import io.github.ser4j.data.metrics.ClassificationReport;
import io.github.ser4j.data.prep.LabelEncoder;
import io.github.ser4j.data.split.SpeakerHoldOut;
import io.github.ser4j.data.split.Split;
import io.github.ser4j.data.synth.SynthConfig;
import io.github.ser4j.data.synth.SyntheticCorpus;
import io.github.ser4j.dsp.audio.WavWriter;
import io.github.ser4j.model.bundle.ModelArchitecture;
import io.github.ser4j.model.bundle.ModelBundle;
import io.github.ser4j.model.bundle.TrainingMetadata;
import io.github.ser4j.model.train.Evaluation;
import io.github.ser4j.model.train.FeatureDataset;
import io.github.ser4j.model.train.TrainConfig;
import io.github.ser4j.model.train.Trainer;
import io.github.ser4j.model.train.TrainingListener;
import io.github.ser4j.model.train.TrainingResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The whole path on a synthetic corpus: write WAVs, read them as RAVDESS, split by speaker,
 * extract features, train, bundle, save, load, recognise the held-out speakers' files.
 * Takes 10-20 s on a shared two-core machine (128 files synthesised, up to 60 epochs).
 */
@Tag("slow")
class EndToEndSyntheticTest {
    private static final List<Emotion> EMOTIONS = List.of(Emotion.ANGRY, Emotion.HAPPY, Emotion.NEUTRAL, Emotion.SAD);
    private static final int SPEAKERS = 8;

    @TempDir
    Path dir;

    /** Writes 4 takes of each of the four emotions for every speaker, in RAVDESS layout. */
    private Corpus writeCorpus() throws Exception {
        SyntheticCorpus synth = new SyntheticCorpus(new SynthConfig(SPEAKERS, 4, 2024, 16000));
        int[][] takes = {{1, 1, 1}, {1, 2, 1}, {1, 1, 2}, {1, 2, 2}};
        List<int[]> jobs = new ArrayList<>();
        for (int actor = 1; actor <= SPEAKERS; actor++) {
            Files.createDirectories(dir.resolve(String.format(Locale.ROOT, "Actor_%02d", actor)));
            for (int e = 0; e < EMOTIONS.size(); e++) {
                for (int[] t : takes) {
                    jobs.add(new int[] {actor, e, t[0], t[1], t[2]});
                }
            }
        }
        IntStream.range(0, jobs.size()).parallel().forEach(i -> {
            int[] j = jobs.get(i);
            Emotion e = EMOTIONS.get(j[1]);
            Path f = dir.resolve(String.format(Locale.ROOT, "Actor_%02d", j[0]))
                    .resolve(SyntheticCorpus.fileName(j[0], e, j[2], j[3], j[4]));
            try {
                WavWriter.write(f, synth.utterance(j[0], e, j[2], j[3], j[4]));
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });
        return Corpora.read(dir, CorpusId.RAVDESS);
    }

    @Test
    void trainSaveLoadPredictOnUnseenSpeakers() throws Exception {
        Corpus corpus = writeCorpus();
        assertThat(corpus.size()).isEqualTo(SPEAKERS * 16);

        Split split = new SpeakerHoldOut(0.25, 7).split(corpus.utterances()).withValidation(new SpeakerHoldOut(0.2, 7));
        assertThat(split.isSpeakerIndependent()).isTrue();
        Set<String> testSpeakers = split.test().speakers();
        assertThat(testSpeakers).doesNotContainAnyElementsOf(split.train().speakers())
                .doesNotContainAnyElementsOf(split.validation().speakers());

        FeatureRecipe recipe = FeatureRecipe.builder("e2e-mfcc20-stats").sampleRate(16000)
                .feature(FeatureSpec.mfcc(20)).feature(FeatureSpec.rms()).feature(FeatureSpec.zcr())
                .pooling(Pooling.STATS).build();
        int[] shape = recipe.outputShape();
        FeatureExtractor extractor = FeatureExtractor.builder(recipe).threads(2).build();
        LabelEncoder encoder = LabelEncoder.sorted(EMOTIONS);
        FeatureDataset train = FeatureDataset.of(extract(extractor, split.train().utterances()), encoder, shape);
        FeatureDataset val = FeatureDataset.of(extract(extractor, split.validation().utterances()), encoder, shape);
        FeatureSet testSet = extract(extractor, split.test().utterances());
        FeatureDataset test = FeatureDataset.of(testSet, encoder, shape);

        ModelArchitecture arch = ModelArchitecture.of("mlp-seed004", encoder.size(), shape);
        TrainConfig config = TrainConfig.builder().epochs(60).batchSize(16).learningRate(1e-3).patience(15)
                .seed(42).build();
        TrainingResult result = new Trainer(config).fit(arch.build(42), train, val, TrainingListener.NONE);
        Evaluation eval = result.evaluate(test, encoder.labels());

        TrainingMetadata meta = TrainingMetadata.of(List.of("synthetic"), split.name(),
                Map.of("test_uar", eval.uar(), "test_accuracy", eval.accuracy()), config.seed());
        ModelBundle bundle = ModelBundle.of(arch, recipe, result, encoder.labels(), meta);
        EmotionRecognizer before = EmotionRecognizer.of(bundle);
        Path file = dir.resolve("synthetic.ser4j");
        bundle.save(file);
        EmotionRecognizer after = EmotionRecognizer.load(file);

        List<Utterance> testUtterances = split.test().utterances();
        int[] yTrue = new int[testUtterances.size()];
        int[] yPred = new int[testUtterances.size()];
        for (int i = 0; i < testUtterances.size(); i++) {
            Utterance u = testUtterances.get(i);
            Prediction p0 = before.predict(u.path());
            Prediction p1 = after.predict(u.path());
            assertThat(p1.probabilities()).as(u.fileName()).isEqualTo(p0.probabilities()); // bit-identical
            // the recognizer repeats training's preprocessing: same probabilities as the evaluation
            for (int c = 0; c < encoder.size(); c++) {
                assertThat(p1.probability(encoder.labels().get(c)))
                        .isCloseTo(eval.probabilities()[i][c], within(1e-5f));
            }
            yTrue[i] = encoder.encode(u.emotion());
            yPred[i] = encoder.labels().indexOf(p1.label());
        }
        ClassificationReport report = ClassificationReport.of(yTrue, yPred, encoder.labels());
        System.out.printf(Locale.ROOT, "end-to-end synthetic: %d train / %d val / %d test utterances, best epoch %d of %d,"
                        + " val UAR %.3f, test UAR %.3f (chance 0.25), test accuracy %.3f%n%s%n",
                train.size(), val.size(), test.size(), result.history().bestEpoch(), result.history().epochs().size(),
                result.history().best().valUar(), report.uar(), report.accuracy(), report.toText(3));
        assertThat(report.uar()).isGreaterThanOrEqualTo(1.5 * 0.25);
    }

    private static FeatureSet extract(FeatureExtractor extractor, List<Utterance> utterances) {
        FeatureSet set = extractor.extract(utterances);
        assertThat(set.failures()).isEmpty();
        return set;
    }
}
