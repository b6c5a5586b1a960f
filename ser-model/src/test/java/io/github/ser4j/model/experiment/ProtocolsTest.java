package io.github.ser4j.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ser4j.data.corpus.Corpus;
import io.github.ser4j.data.corpus.CorpusId;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.split.Split;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtocolsTest {
    static final Emotion[] FOUR = {Emotion.NEUTRAL, Emotion.HAPPY, Emotion.SAD, Emotion.ANGRY};

    @Test
    void protocolNamesParseInAnyCaseAndUnknownNamesAreNamed() {
        assertThat(Protocol.parse("LOSO")).isEqualTo(Protocol.LOSO);
        assertThat(Protocol.parse(" speaker ")).isEqualTo(Protocol.SPEAKER);
        assertThatThrownBy(() -> Protocol.parse("diagonal")).hasMessageContaining("'diagonal'")
                .hasMessageContaining("random, speaker, loso, cross");
    }

    @Test
    void stratifiedKFoldTestsEveryUtteranceOnceWithBalancedFolds() {
        Corpus c = Utterances.corpus(CorpusId.RAVDESS, 3, 7, FOUR);
        List<Split> folds = new StratifiedKFold(5, 9).split(c.utterances());
        assertThat(folds).hasSize(5);
        Set<Utterance> tested = new HashSet<>();
        for (Split s : folds) {
            assertThat(s.train().size() + s.test().size()).isEqualTo(c.size());
            s.test().utterances().forEach(u -> assertThat(tested.add(u)).isTrue());
            // 21 utterances per class over 5 folds: 4 or 5 of each class per fold.
            for (Emotion e : FOUR) {
                assertThat(s.test().classCounts().get(e)).isBetween(4, 5);
            }
        }
        assertThat(tested).hasSize(c.size());
        List<Split> again = new StratifiedKFold(5, 9).split(c.utterances());
        for (int i = 0; i < 5; i++) {
            assertThat(again.get(i).test().utterances()).isEqualTo(folds.get(i).test().utterances());
        }
        assertThatThrownBy(() -> new StratifiedKFold(1, 0)).hasMessageContaining("folds must be >= 2, got 1");
        assertThatThrownBy(() -> new StratifiedKFold(100, 0).split(c.utterances()))
                .hasMessageContaining("at least 100 utterances, got 84");
    }

    @Test
    void speakerProtocolsKeepEverySpeakerOnOneSide() {
        CorpusSelection data = CorpusSelection.restrict(List.of(Utterances.corpus(CorpusId.RAVDESS, 6, 2, FOUR)),
                List.of(), false);
        for (int folds : new int[] {1, 3}) {
            List<Split> splits = FoldPlan.splits(data, Protocol.SPEAKER, folds, 0.2, 1);
            assertThat(splits).hasSize(folds);
            splits.forEach(s -> assertThat(s.isSpeakerIndependent()).as(s.name()).isTrue());
        }
        List<Split> loso = FoldPlan.splits(data, Protocol.LOSO, 1, 0.2, 1);
        assertThat(loso).hasSize(6);
        loso.forEach(s -> assertThat(s.test().speakers()).hasSize(1));
        assertThatThrownBy(() -> FoldPlan.splits(data, Protocol.SPEAKER, 7, 0.2, 1))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("7 speaker folds need at least 7 speakers, got 6");
    }

    @Test
    void randomProtocolMixesSpeakersAndKFoldCoversTheData() {
        CorpusSelection data = CorpusSelection.restrict(List.of(Utterances.corpus(CorpusId.RAVDESS, 4, 5, FOUR)),
                List.of(), false);
        Split hold = FoldPlan.splits(data, Protocol.RANDOM, 1, 0.25, 3).get(0);
        assertThat(hold.test().size()).isEqualTo(20);
        assertThat(hold.isSpeakerIndependent()).isFalse();
        int tested = FoldPlan.splits(data, Protocol.RANDOM, 4, 0.25, 3).stream().mapToInt(s -> s.test().size()).sum();
        assertThat(tested).isEqualTo(80);
    }

    @Test
    void emotionSubsetKeepsOnlyRequestedClassesPresentAndReportsTheOthers() {
        Corpus c = Utterances.corpus(CorpusId.RAVDESS, 2, 1, FOUR);
        CorpusSelection s = CorpusSelection.restrict(List.of(c), List.of(Emotion.SAD, Emotion.ANGRY, Emotion.BOREDOM),
                false);
        assertThat(s.classes()).containsExactly(Emotion.SAD, Emotion.ANGRY);
        assertThat(s.dropped()).containsExactly(Emotion.BOREDOM);
        assertThat(s.utterances()).hasSize(4).allMatch(u -> u.emotion() == Emotion.SAD || u.emotion() == Emotion.ANGRY);
        assertThatThrownBy(() -> CorpusSelection.restrict(List.of(c), List.of(Emotion.SAD), false))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("at least two emotions");
    }

    @Test
    void crossCorpusKeepsTheEmotionsBothSidesShareAndTrainsOnTheFirst() {
        Corpus train = Utterances.corpus(CorpusId.RAVDESS, 2, 1, Emotion.NEUTRAL, Emotion.CALM, Emotion.SAD, Emotion.ANGRY);
        Corpus test = Utterances.corpus(CorpusId.EMODB, 2, 1, Emotion.NEUTRAL, Emotion.BOREDOM, Emotion.SAD, Emotion.ANGRY);
        CorpusSelection s = CorpusSelection.restrict(List.of(train, test), List.of(), true);
        assertThat(s.classes()).containsExactly(Emotion.NEUTRAL, Emotion.SAD, Emotion.ANGRY);
        Split split = FoldPlan.splits(s, Protocol.CROSS, 1, 0.2, 0).get(0);
        assertThat(split.train().speakers()).allMatch(x -> x.startsWith("ravdess:"));
        assertThat(split.test().speakers()).allMatch(x -> x.startsWith("emodb:"));
        Map<Emotion, Integer> counts = new EnumMap<>(split.test().classCounts());
        assertThat(counts.keySet()).containsExactly(Emotion.NEUTRAL, Emotion.SAD, Emotion.ANGRY);
        assertThatThrownBy(() -> CorpusSelection.restrict(List.of(train), List.of(), true))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("needs two corpora");
    }

    @Test
    void missingAndEmptyFoldersAreNamedInTheError(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> CorpusSelection.load(List.of(missing), List.of(), false))
                .isInstanceOf(ExperimentException.class).hasMessage("corpus folder does not exist: " + missing);
        assertThatThrownBy(() -> CorpusSelection.load(List.of(dir), List.of(), false))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("no utterance of a known corpus")
                .hasMessageContaining(dir.toString());
    }

    @Test
    void meanAndPopulationStandardDeviation() {
        MeanStd m = MeanStd.of(1, 2, 3, 4);
        assertThat(m.mean()).isEqualTo(2.5);
        assertThat(m.std()).isCloseTo(Math.sqrt(1.25), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(MeanStd.of(0.7).std()).isZero();
        assertThatThrownBy(MeanStd::of).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyZooNetworkIsBuiltForItsRecipesShape() {
        for (String name : io.github.ser4j.model.zoo.ModelZoo.names()) {
            int[] shape = ZooRecipes.networkShape(name, ZooRecipes.forModel(name));
            List<Integer> designed = io.github.ser4j.model.zoo.ModelZoo.entry(name).input().shape();
            assertThat(shape).as(name).hasSize(designed.size());
            assertThat(shape[0]).as(name).isEqualTo(designed.size() > 1 ? 1 : shape[0]);
            assertThat(io.github.ser4j.model.zoo.ModelZoo.create(name, 4, shape, 1)).as(name).isNotNull();
        }
        assertThat(ZooRecipes.networkShape("ser4j-default", ZooRecipes.forModel("ser4j-default")))
                .containsExactly(706);
        assertThat(ZooRecipes.networkShape("crnn-attentive", ZooRecipes.forModel("crnn-attentive")))
                .containsExactly(1, 64, 188);
        List<String> names = new ArrayList<>(io.github.ser4j.model.zoo.ModelZoo.names());
        assertThat(names).contains("cnn1d-seed000", "cnn1d-compact-seed001", "resnet18-seed002", "crnn-seed003",
                "mlp-seed004", "ser4j-default");
    }
}
