package io.github.ser4j.data.split;

import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A stratified random hold-out: each emotion is divided in the same proportion, so train
 * and test have the same class balance (as scikit-learn's
 * {@code train_test_split(..., stratify=y)}, though not its exact draw).
 *
 * <p>This is what the reference projects do. It is <em>not</em> speaker-independent: the
 * same speaker's other recordings are in training, and a classifier can lean on the voice.
 * Report it beside a {@link SpeakerHoldOut} or {@link LeaveOneSpeakerOut} result.
 *
 * @param testFraction share of each emotion put in the test part, in (0, 1)
 * @param seed         seed of the shuffle
 */
public record StratifiedSplit(double testFraction, long seed) implements HoldOutSplitter {
    /** Validates the fraction. */
    public StratifiedSplit {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1), got " + testFraction);
        }
    }

    /**
     * Splits: within each emotion (in {@link Emotion} order) the utterances are shuffled
     * with one seeded generator and the first {@code round(n * testFraction)} go to test,
     * keeping at least one in train when the emotion has two or more.
     */
    @Override
    public Split split(List<Utterance> utterances) {
        Map<Emotion, List<Utterance>> byClass = new EnumMap<>(Emotion.class);
        utterances.forEach(u -> byClass.computeIfAbsent(u.emotion(), k -> new ArrayList<>()).add(u));
        SplittableRandom rng = new SplittableRandom(seed);
        List<Utterance> train = new ArrayList<>();
        List<Utterance> test = new ArrayList<>();
        for (List<Utterance> group : byClass.values()) {
            List<Utterance> g = new ArrayList<>(group);
            Shuffle.shuffle(g, rng);
            int n = g.size();
            int nTest = (int) Math.round(n * testFraction);
            if (nTest >= n && n >= 2) {
                nTest = n - 1;
            }
            test.addAll(g.subList(0, nTest));
            train.addAll(g.subList(nTest, n));
        }
        return Split.of(String.format(java.util.Locale.ROOT, "stratified hold-out %.0f%% (seed %d)",
                testFraction * 100, seed), train, test);
    }
}
