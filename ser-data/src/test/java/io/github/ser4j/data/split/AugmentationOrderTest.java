package io.github.ser4j.data.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ser4j.data.corpus.CorpusId;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.dsp.audio.Audio;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AugmentationOrderTest {
    private final List<Utterance> data = SplitFixtures.corpus(CorpusId.RAVDESS, 6,
            List.of(Emotion.NEUTRAL, Emotion.HAPPY, Emotion.SAD, Emotion.ANGRY), 5, 3);
    /** Adds a constant drawn from the generator: easy to check determinism. */
    private static final AudioAugmenter OFFSET = (a, rng) -> {
        float d = (float) rng.nextDouble();
        float[] y = a.samples().clone();
        for (int i = 0; i < y.length; i++) {
            y[i] += d;
        }
        return new Audio(y, a.sampleRate());
    };

    @Test
    void augmentedCopiesComeOnlyFromTheTrainingPartAndNeverFromTest() {
        Split s = new SpeakerHoldOut(0.3, 5).split(data);
        AugmentedTrainPart aug = s.train().augmented(3, OFFSET, 99);
        assertThat(aug.size()).isEqualTo(s.train().size() * 4);
        assertThat(aug.copies()).hasSize(s.train().size() * 3);
        Set<Utterance> train = new HashSet<>(s.train().utterances());
        Set<Utterance> test = new HashSet<>(s.test().utterances());
        Set<String> testSpeakers = s.test().speakers();
        for (TrainingExample e : aug.examples()) {
            assertThat(train).contains(e.source());
            assertThat(test).doesNotContain(e.source());
            assertThat(testSpeakers).doesNotContain(e.source().speaker());
        }
        for (AugmentedUtterance c : aug.copies()) {
            assertThat(c.part()).isSameAs(s.train());
            assertThat(c.copyIndex()).isBetween(1, 3);
        }
        // the augmented set keeps each source's label: class counts scale by copies + 1
        s.train().classCounts().forEach((e, n) -> assertThat(aug.examples().stream()
                .filter(x -> x.source().emotion() == e).count()).isEqualTo(4L * n));
    }

    @Test
    void copiesRenderDeterministicallyFromTheirSeed() {
        Split s = new StratifiedSplit(0.2, 1).split(data);
        List<AugmentedUtterance> a = s.train().augmented(2, OFFSET, 7).copies();
        List<AugmentedUtterance> b = s.train().augmented(2, OFFSET, 7).copies();
        Audio src = new Audio(new float[] {0f, 0.5f}, 16000);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).seed()).isEqualTo(b.get(i).seed());
            assertThat(a.get(i).render(src).samples()).containsExactly(b.get(i).render(src).samples());
        }
        assertThat(a.get(0).render(src).samples()).isNotEqualTo(a.get(1).render(src).samples());
        assertThat(s.train().unaugmented().examples().get(0).render(src)).isSameAs(src);
    }

    @Test
    void aCopysSeedDependsOnlyOnTheSeedTheUtteranceAndTheCopyIndex() {
        // two leave-one-speaker-out folds: an utterance in both training parts gets the same copies
        List<Split> folds = LeaveOneSpeakerOut.split(data);
        java.util.Map<String, Long> first = new java.util.HashMap<>();
        Set<Long> seeds = new HashSet<>();
        for (AugmentedUtterance c : folds.get(0).train().augmented(2, OFFSET, 11).copies()) {
            first.put(c.source().fileName() + "#" + c.copyIndex(), c.seed());
            seeds.add(c.seed());
        }
        assertThat(seeds).as("distinct per utterance and copy").hasSize(first.size());
        int shared = 0;
        for (AugmentedUtterance c : folds.get(1).train().augmented(2, OFFSET, 11).copies()) {
            Long before = first.get(c.source().fileName() + "#" + c.copyIndex());
            if (before != null) {
                assertThat(c.seed()).isEqualTo(before);
                shared++;
            }
        }
        assertThat(shared).isPositive();
        // another seed, other copies
        AugmentedUtterance other = folds.get(0).train().augmented(1, OFFSET, 12).copies().get(0);
        assertThat(other.seed()).isNotEqualTo(first.get(other.source().fileName() + "#1"));
    }

    @Test
    void aCopyRendersWithItsCopyIndex() {
        AudioAugmenter byIndex = new AudioAugmenter() {
            @Override
            public Audio apply(Audio a, java.util.random.RandomGenerator rng) {
                throw new AssertionError("the copy index must be passed");
            }

            @Override
            public Audio apply(Audio a, java.util.random.RandomGenerator rng, int copyIndex) {
                return new Audio(new float[copyIndex], a.sampleRate());
            }
        };
        Audio src = new Audio(new float[] {0f, 0.5f}, 16000);
        for (AugmentedUtterance c : new StratifiedSplit(0.2, 1).split(data).train().augmented(3, byIndex, 2).copies()) {
            assertThat(c.render(src).length()).isEqualTo(c.copyIndex());
        }
    }

    @Test
    void evalPartsCannotBeAugmentedAndCopiesCannotBeBuiltElsewhere() {
        // EvalPart declares no augmentation method at all, so "augment the test set" does not compile
        assertThat(Arrays.stream(EvalPart.class.getMethods()).map(java.lang.reflect.Method::getName))
                .doesNotContain("augmented", "unaugmented");
        assertThat(Arrays.stream(TrainPart.class.getMethods()).map(java.lang.reflect.Method::getName))
                .contains("augmented");
        // no public constructor: an AugmentedUtterance or a part only comes from a split
        for (Class<?> c : List.of(AugmentedUtterance.class, TrainPart.class, EvalPart.class,
                AugmentedTrainPart.class, TrainingExample.Original.class)) {
            assertThat(Arrays.stream(c.getDeclaredConstructors()).noneMatch(k -> Modifier.isPublic(k.getModifiers())))
                    .as(c.getSimpleName()).isTrue();
        }
        assertThat(TrainingExample.class.isSealed()).isTrue();
        assertThat(Part.class.isSealed()).isTrue();
    }

    @Test
    void aSplitRefusesAnUtteranceInTwoParts() {
        assertThatThrownBy(() -> Split.of("bad", data.subList(0, 3), data.subList(2, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two parts");
        assertThatThrownBy(() -> new SplitFixturesAccess().negativeCopies())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("copies");
    }

    private final class SplitFixturesAccess {
        void negativeCopies() {
            Split.of("x", data, List.of()).train().augmented(-1, OFFSET, 0);
        }
    }
}
