package io.github.ser4j.model.experiment;

import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.split.Split;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Stratified random k-fold cross-validation (as scikit-learn's
 * {@code StratifiedKFold(shuffle=True)}, though not its exact draw): within each emotion the
 * utterances are shuffled with the seed and dealt to the folds in turn, continuing where the
 * previous emotion stopped, so every fold has nearly the same class balance and fold sizes
 * differ by at most one. Speakers are not grouped: like the random hold-out, this is the
 * optimistic protocol.
 *
 * @param folds number of folds, 2 or more
 * @param seed  seed of the shuffle
 */
public record StratifiedKFold(int folds, long seed) {
    /** Validates the fold count. */
    public StratifiedKFold {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be >= 2, got " + folds);
        }
    }

    /**
     * The {@code folds} splits; split {@code i} tests on fold {@code i}.
     *
     * @throws IllegalArgumentException with fewer utterances than folds
     */
    public List<Split> split(List<Utterance> utterances) {
        if (utterances.size() < folds) {
            throw new IllegalArgumentException(folds + " folds need at least " + folds + " utterances, got "
                    + utterances.size());
        }
        Map<Emotion, List<Utterance>> byEmotion = new EnumMap<>(Emotion.class);
        for (Utterance u : utterances) {
            byEmotion.computeIfAbsent(u.emotion(), e -> new ArrayList<>()).add(u);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        Map<Utterance, Integer> fold = new java.util.HashMap<>();
        int next = 0;
        for (List<Utterance> group : byEmotion.values()) {
            // Fisher-Yates shuffle of each class, in Emotion order, from one generator.
            for (int i = group.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                Utterance t = group.get(i);
                group.set(i, group.get(j));
                group.set(j, t);
            }
            for (Utterance u : group) {
                fold.put(u, next);
                next = (next + 1) % folds;
            }
        }
        List<Split> out = new ArrayList<>(folds);
        for (int f = 0; f < folds; f++) {
            List<Utterance> train = new ArrayList<>();
            List<Utterance> test = new ArrayList<>();
            for (Utterance u : utterances) {
                (fold.get(u) == f ? test : train).add(u);
            }
            out.add(Split.of("stratified random " + folds + "-fold, fold " + (f + 1) + "/" + folds
                    + " (seed " + seed + ")", train, test));
        }
        return out;
    }
}
