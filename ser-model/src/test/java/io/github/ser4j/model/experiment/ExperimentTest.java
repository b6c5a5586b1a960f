package io.github.ser4j.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.synth.SynthConfig;
import io.github.ser4j.data.synth.SyntheticCorpus;
import io.github.ser4j.model.train.TrainConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on a tiny synthetic corpus: 4 speakers, one utterance per emotion, 4 emotions, the MLP. */
class ExperimentTest {
    static final List<Emotion> FOUR = List.of(Emotion.ANGRY, Emotion.HAPPY, Emotion.SAD, Emotion.NEUTRAL);

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeCorpus() throws Exception {
        new SyntheticCorpus(new SynthConfig(4, 1, 5, 16000)).write(dir);
    }

    static ExperimentSpec spec(int augment) {
        return ExperimentSpec.builder(List.of(dir)).model("mlp-seed004").emotions(FOUR).protocol(Protocol.SPEAKER)
                .folds(2).augmentCopies(augment).threads(2)
                .train(TrainConfig.builder().epochs(2).batchSize(4).seed(7).threads(1).build()).build();
    }

    @Test
    void speakerKFoldTestsEveryUtteranceOnceOnUnseenSpeakersAndTrainsAFinalModel() {
        ExperimentResult r = new Experiment(spec(0)).run(ExperimentListener.NONE);
        ExperimentReport rep = r.report();
        assertThat(rep.labels()).containsExactly("neutral", "happy", "sad", "angry");
        assertThat(rep.folds()).hasSize(2);
        assertThat(rep.n()).isEqualTo(16);
        assertThat(rep.pooled().total()).isEqualTo(16);
        Set<String> tested = new HashSet<>();
        for (FoldResult f : rep.folds()) {
            f.testSpeakers().forEach(s -> assertThat(tested.add(s)).as("speaker tested twice: " + s).isTrue());
            assertThat(f.history().epochs()).isNotEmpty();
            assertThat(f.report().total()).isEqualTo(f.test());
        }
        assertThat(tested).hasSize(4);
        // Pooled confusion is the sum of the folds' confusions.
        long[][] sum = new long[4][4];
        for (FoldResult f : rep.folds()) {
            long[][] c = f.report().confusion().counts();
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    sum[i][j] += c[i][j];
                }
            }
        }
        assertThat(rep.pooled().confusion().counts()).isEqualTo(sum);
        double meanBest = rep.folds().stream().mapToInt(f -> f.history().bestEpoch()).average().orElseThrow();
        assertThat(rep.finalHistory()).isNotNull();
        assertThat(rep.finalHistory().epochs()).hasSize((int) Math.max(1, Math.round(meanBest)));
        assertThat(r.bundle().labels()).isEqualTo(rep.labels());
        assertThat(r.bundle().architecture().inputShape()).containsExactly(160);
        assertThat(rep.uar().mean()).isBetween(0.0, 1.0);
    }

    @Test
    void theSameSpecGivesTheSameReport() {
        ExperimentReport a = new Experiment(spec(1)).run(ExperimentListener.NONE).report();
        ExperimentReport b = new Experiment(spec(1)).run(ExperimentListener.NONE).report();
        assertThat(b.pooled().confusion().counts()).isEqualTo(a.pooled().confusion().counts());
        for (int i = 0; i < a.folds().size(); i++) {
            assertThat(b.folds().get(i).history().epochs()).isEqualTo(a.folds().get(i).history().epochs());
            // One augmented copy per training utterance doubles the training examples.
            assertThat(a.folds().get(i).trainExamples()).isEqualTo(
                    2 * (16 - a.folds().get(i).test() - a.folds().get(i).validation()));
        }
    }

    @Test
    void aSavedModelIsScoredOnlyOnTheRequestedClasses() {
        ExperimentResult r = new Experiment(spec(0)).run(ExperimentListener.NONE);
        List<String> stages = new ArrayList<>();
        ExperimentReport eval = ModelEvaluation.evaluate(r.bundle(), List.of(dir), List.of(Emotion.SAD, Emotion.ANGRY),
                2, new ExperimentListener() {
                    @Override
                    public void onStage(String message) {
                        stages.add(message);
                    }
                });
        assertThat(eval.kind()).isEqualTo("evaluate");
        assertThat(eval.labels()).containsExactly("sad", "angry");
        assertThat(eval.n()).isEqualTo(8);
        assertThat(eval.pooled().confusion().size()).isEqualTo(2);
        assertThat(stages).anyMatch(s -> s.startsWith("extracting features of 8 utterances"));
    }

    @Test
    void augmentedCopiesRenderedForOneFoldAreReusedByTheNextAndTheFinalModel() {
        List<String> stages = new ArrayList<>();
        ExperimentListener listener = new ExperimentListener() {
            @Override
            public void onStage(String message) {
                stages.add(message);
            }
        };
        ExperimentSpec loso = ExperimentSpec.builder(List.of(dir)).model("mlp-seed004").emotions(FOUR)
                .protocol(Protocol.LOSO).augmentCopies(1).validationFraction(0).threads(1)
                .train(TrainConfig.builder().epochs(1).batchSize(4).seed(3).threads(1).build()).build();
        ExperimentReport r = new Experiment(loso).run(listener).report();
        List<String> augmenting = stages.stream().filter(st -> st.startsWith("augmenting")).toList();
        // 4 folds of 3 training speakers (12 copies) and the final model (16): nothing is new after fold 1
        // except the held-out speaker of fold 1, whose 4 copies are first needed in fold 2
        assertThat(augmenting).hasSize(5);
        assertThat(augmenting.get(0)).contains("12 copies").contains("(0 from earlier folds)");
        assertThat(augmenting.get(1)).contains("12 copies").contains("(8 from earlier folds)");
        assertThat(augmenting.get(2)).contains("(12 from earlier folds)");
        assertThat(augmenting.get(4)).contains("16 copies").contains("(16 from earlier folds)");
        // and reuse changes nothing: a fresh run gives the same report
        ExperimentReport again = new Experiment(loso).run(ExperimentListener.NONE).report();
        assertThat(again.pooled().confusion().counts()).isEqualTo(r.pooled().confusion().counts());
        for (FoldResult f : r.folds()) {
            assertThat(f.trainExamples()).isEqualTo(2 * (16 - f.test()));
        }
    }

    @Test
    void settingsNotGivenComeFromTheModelsRecommendation() {
        ExperimentSpec def = ExperimentSpec.builder(List.of(dir)).build();
        RecommendedTraining rec = RecommendedTraining.forModel(io.github.ser4j.model.zoo.ModelZoo.DEFAULT);
        assertThat(def.train()).isEqualTo(rec.train());
        assertThat(def.augmentCopies()).isEqualTo(2);
        assertThat(def.augmentation()).isEqualTo(io.github.ser4j.dsp.augment.DiscreteSpeedPerturbation.kaldi());
        assertThat(def.validationFraction()).isZero();
        assertThat(def.testTimeAugmentation()).isEqualTo(io.github.ser4j.model.bundle.TestTimeAugmentation.speeds0911());
        assertThat(def.recipe()).isEqualTo(io.github.ser4j.data.features.FeatureRecipe.functionals());
        ExperimentSpec seed001 = ExperimentSpec.builder(List.of(dir)).model("cnn1d-compact-seed001").build();
        assertThat(seed001.train().learningRate()).isEqualTo(1e-4);
        assertThat(seed001.train().epochs()).isEqualTo(500);
        assertThat(seed001.validationFraction()).isEqualTo(0.15);
        assertThat(seed001.augmentCopies()).isZero();
        assertThat(seed001.testTimeAugmentation().enabled()).isFalse();
        assertThat(ExperimentSpec.builder(List.of(dir)).model("resnet18-seed002").build().train().schedule())
                .isEqualTo(io.github.ser4j.model.train.ScheduleKind.ONE_CYCLE);
        // what is set explicitly wins
        ExperimentSpec mine = ExperimentSpec.builder(List.of(dir)).augmentCopies(0).validationFraction(0.2).build();
        assertThat(mine.augmentCopies()).isZero();
        assertThat(mine.validationFraction()).isEqualTo(0.2);
    }

    @Test
    void testTimeAugmentedScoresAreWhatTheSavedModelPredicts() throws Exception {
        ExperimentSpec holdOut = ExperimentSpec.builder(List.of(dir)).model("mlp-seed004").emotions(FOUR)
                .protocol(Protocol.SPEAKER).folds(1).testFraction(0.25).validationFraction(0).threads(2)
                .testTimeAugmentation(io.github.ser4j.model.bundle.TestTimeAugmentation.speeds0911())
                .train(TrainConfig.builder().epochs(3).batchSize(4).seed(5).threads(1).build()).build();
        ExperimentResult r = new Experiment(holdOut).run(ExperimentListener.NONE);
        assertThat(r.report().protocol()).contains("predictions averaged over speeds 1, 0.9, 1.1");
        assertThat(io.github.ser4j.model.bundle.TestTimeAugmentation.of(r.bundle().architecture()))
                .isEqualTo(io.github.ser4j.model.bundle.TestTimeAugmentation.speeds0911());
        // the hold-out's model is the saved one: recognising its test files one by one gives the report
        io.github.ser4j.model.EmotionRecognizer rec = io.github.ser4j.model.EmotionRecognizer.of(r.bundle());
        FoldResult fold = r.report().folds().get(0);
        long[][] confusion = new long[4][4];
        List<String> labels = r.report().labels();
        for (io.github.ser4j.data.corpus.Utterance u : io.github.ser4j.data.corpus.Corpora.read(dir).utterances()) {
            if (fold.testSpeakers().contains(u.speaker()) && FOUR.contains(u.emotion())) {
                confusion[labels.indexOf(u.emotion().label())][labels.indexOf(rec.predict(u.path()).label())]++;
            }
        }
        assertThat(fold.report().confusion().counts()).isEqualTo(confusion);
        // ser evaluate of the saved model uses its views too: on the test speakers' files it agrees
        List<String> stages = new ArrayList<>();
        ExperimentReport eval = ModelEvaluation.evaluate(r.bundle(), List.of(dir), FOUR, 2, new ExperimentListener() {
            @Override
            public void onStage(String message) {
                stages.add(message);
            }
        });
        assertThat(eval.protocol()).contains("predictions averaged over speeds 1, 0.9, 1.1");
        assertThat(stages).anyMatch(st -> st.contains("versions at speeds [0.9, 1.1]"));
        assertThat(eval.n()).isEqualTo(16);
    }
}
