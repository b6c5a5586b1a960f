package io.github.ser4j.data.split;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ser4j.data.corpus.CorpusId;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpeakerIndependenceTest {
    private static final List<Emotion> SEVEN = List.of(Emotion.NEUTRAL, Emotion.HAPPY, Emotion.SAD, Emotion.ANGRY,
            Emotion.FEARFUL, Emotion.DISGUST, Emotion.BOREDOM);
    private final List<Utterance> data = SplitFixtures.corpus(CorpusId.EMODB, 10, SEVEN, 12, 7);

    private static void assertNoSpeakerInTwoParts(Split s) {
        Set<String> train = s.train().speakers();
        assertThat(s.test().speakers()).as(s.name()).doesNotContainAnyElementsOf(train);
        assertThat(s.validation().speakers()).as(s.name()).doesNotContainAnyElementsOf(train)
                .doesNotContainAnyElementsOf(s.test().speakers());
        assertThat(s.isSpeakerIndependent()).isTrue();
    }

    private void assertPartitionOfData(Split s) {
        List<Utterance> all = new ArrayList<>(s.train().utterances());
        all.addAll(s.validation().utterances());
        all.addAll(s.test().utterances());
        assertThat(all).as(s.name()).containsExactlyInAnyOrderElementsOf(data);
    }

    @Test
    void speakerHoldOutKeepsEverySpeakerOnOneSide() {
        Split s = new SpeakerHoldOut(0.2, 42).split(data);
        assertNoSpeakerInTwoParts(s);
        assertPartitionOfData(s);
        assertThat(s.test().speakers()).hasSize(2);
        Split v = s.withValidation(new SpeakerHoldOut(0.125, 1));
        assertNoSpeakerInTwoParts(v);
        assertPartitionOfData(v);
        assertThat(v.validation().speakers()).hasSize(1);
        assertThat(v.test().utterances()).isEqualTo(s.test().utterances());
    }

    @Test
    void everyGroupKFoldFoldIsSpeakerIndependentAndEachUtteranceIsTestedOnce() {
        for (int k : new int[] {2, 3, 5, 10}) {
            List<Split> folds = new GroupKFold(k, 3).split(data);
            assertThat(folds).hasSize(k);
            Set<Utterance> tested = new HashSet<>();
            for (Split s : folds) {
                assertNoSpeakerInTwoParts(s);
                assertPartitionOfData(s);
                assertThat(s.test().isEmpty()).isFalse();
                for (Utterance u : s.test().utterances()) {
                    assertThat(tested.add(u)).as("tested twice: " + u).isTrue();
                }
            }
            assertThat(tested).hasSameSizeAs(data);
        }
    }

    @Test
    void everyLeaveOneSpeakerOutFoldTestsExactlyOneSpeaker() {
        List<Split> folds = LeaveOneSpeakerOut.split(data);
        assertThat(folds).hasSize(10);
        for (Split s : folds) {
            assertNoSpeakerInTwoParts(s);
            assertPartitionOfData(s);
            assertThat(s.test().speakers()).hasSize(1);
            assertThat(s.train().speakers()).hasSize(9);
        }
    }

    @Test
    void groupKFoldBalancesClassesBetterThanTheWorstFoldingAndIsSeeded() {
        List<Split> a = new GroupKFold(5, 11).split(data);
        List<Split> b = new GroupKFold(5, 11).split(data);
        for (int i = 0; i < 5; i++) {
            assertThat(a.get(i).test().utterances()).isEqualTo(b.get(i).test().utterances());
        }
        // 5 folds of 2 speakers: each fold should hold roughly a fifth of every class
        Map<Emotion, Integer> total = new java.util.EnumMap<>(Emotion.class);
        data.forEach(u -> total.merge(u.emotion(), 1, Integer::sum));
        for (Split s : a) {
            s.test().classCounts().forEach((e, n) -> assertThat(n / (double) total.get(e)).isBetween(0.05, 0.4));
            assertThat(s.test().speakers()).hasSize(2);
        }
    }

    @Test
    void stratifiedSplitKeepsClassProportionsButIsNotSpeakerIndependent() {
        Split s = new StratifiedSplit(0.2, 42).split(data);
        assertPartitionOfData(s);
        Map<Emotion, Integer> all = new java.util.EnumMap<>(Emotion.class);
        data.forEach(u -> all.merge(u.emotion(), 1, Integer::sum));
        all.forEach((e, n) -> assertThat(s.test().classCounts().get(e)).isEqualTo((int) Math.round(n * 0.2)));
        assertThat(s.isSpeakerIndependent()).isFalse();
        assertThat(new StratifiedSplit(0.2, 42).split(data).test().utterances()).isEqualTo(s.test().utterances());
        assertThat(new StratifiedSplit(0.2, 43).split(data).test().utterances()).isNotEqualTo(s.test().utterances());
    }

    @Test
    void crossCorpusSplitKeepsSharedEmotionsAndRefusesTheSameCorpusTwice() {
        var ravdess = io.github.ser4j.data.corpus.Corpus.of("ravdess", SplitFixtures.corpus(CorpusId.RAVDESS, 4,
                List.of(Emotion.NEUTRAL, Emotion.CALM, Emotion.ANGRY, Emotion.SURPRISED), 3, 1), List.of());
        var emodb = io.github.ser4j.data.corpus.Corpus.of("emodb", data, List.of());
        Split s = CrossCorpusSplit.of(ravdess, emodb);
        assertThat(s.train().classCounts()).containsOnlyKeys(Emotion.NEUTRAL, Emotion.ANGRY);
        assertThat(s.test().classCounts()).containsOnlyKeys(Emotion.NEUTRAL, Emotion.ANGRY);
        assertNoSpeakerInTwoParts(s);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CrossCorpusSplit.of(emodb, emodb))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both");
    }

    @Test
    void summaryPrintsClassAndSpeakerCountsPerPart() {
        Split s = new SpeakerHoldOut(0.2, 42).split(data);
        String text = s.summary();
        assertThat(text).contains("train").contains("validation").contains("test").contains("speakers")
                .contains("speaker-independent: yes");
        for (Emotion e : SEVEN) {
            String line = text.lines().filter(l -> l.startsWith(e.label() + " ")).findFirst().orElseThrow();
            String[] cols = line.trim().split("\\s+");
            assertThat(Integer.parseInt(cols[1])).isEqualTo(s.train().classCounts().getOrDefault(e, 0));
            assertThat(Integer.parseInt(cols[3])).isEqualTo(s.test().classCounts().getOrDefault(e, 0));
        }
    }
}
