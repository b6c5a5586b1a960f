package io.github.ser4j.data.split;

import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Speaker-grouped k-fold cross-validation, stratified by emotion as far as the groups
 * allow: every speaker's utterances fall in exactly one fold, and each fold is used once
 * as the test part.
 *
 * <p>The speakers are assigned as scikit-learn's {@code StratifiedGroupKFold(shuffle=True)}
 * does: speakers are shuffled with the seed, then taken in order of decreasing standard
 * deviation of their class counts (the most lopsided speakers first, while there is
 * still room to balance them); each goes to the fold that minimises the mean over classes
 * of the standard deviation, across folds, of the share of that class in each fold, ties
 * going to the fold with fewer utterances.
 *
 * @param folds number of folds, 2 or more
 * @param seed  seed of the speaker shuffle
 */
public record GroupKFold(int folds, long seed) {
    /** Validates the fold count. */
    public GroupKFold {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be >= 2, got " + folds);
        }
    }

    /**
     * The {@code folds} splits; split {@code i} tests on fold {@code i} and trains on the rest.
     *
     * @throws IllegalArgumentException with fewer speakers than folds
     */
    public List<Split> split(List<Utterance> utterances) {
        Map<String, Integer> fold = assign(utterances);
        List<Split> out = new ArrayList<>(folds);
        for (int f = 0; f < folds; f++) {
            List<Utterance> train = new ArrayList<>();
            List<Utterance> test = new ArrayList<>();
            for (Utterance u : utterances) {
                (fold.get(u.speaker()) == f ? test : train).add(u);
            }
            out.add(Split.of("speaker group " + folds + "-fold, fold " + (f + 1) + "/" + folds
                    + " (seed " + seed + ")", train, test));
        }
        return out;
    }

    /** The fold (0-based) of every speaker. */
    public Map<String, Integer> assign(List<Utterance> utterances) {
        Map<String, int[]> countsBySpeaker = new TreeMap<>();
        Set<Emotion> present = EnumSet.noneOf(Emotion.class);
        utterances.forEach(u -> present.add(u.emotion()));
        List<Emotion> classes = new ArrayList<>(present);
        int nc = classes.size();
        for (Utterance u : utterances) {
            countsBySpeaker.computeIfAbsent(u.speaker(), k -> new int[nc])[classes.indexOf(u.emotion())]++;
        }
        List<String> speakers = new ArrayList<>(countsBySpeaker.keySet());
        if (speakers.size() < folds) {
            throw new IllegalArgumentException("folds (" + folds + ") must not exceed the number of speakers ("
                    + speakers.size() + ")");
        }
        Shuffle.shuffle(speakers, new SplittableRandom(seed));
        Map<String, Double> spread = new HashMap<>();
        for (String s : speakers) {
            spread.put(s, std(countsBySpeaker.get(s)));
        }
        // stable sort: equal spreads keep the shuffled order
        speakers.sort(Comparator.comparingDouble((String s) -> -spread.get(s)));

        double[] classTotal = new double[nc];
        countsBySpeaker.values().forEach(c -> {
            for (int j = 0; j < nc; j++) {
                classTotal[j] += c[j];
            }
        });
        double[][] foldCounts = new double[folds][nc];
        int[] foldSize = new int[folds];
        Map<String, Integer> out = new HashMap<>();
        double[] column = new double[folds];
        for (String s : speakers) {
            int[] c = countsBySpeaker.get(s);
            int best = -1;
            double bestEval = Double.POSITIVE_INFINITY;
            int bestSize = Integer.MAX_VALUE;
            for (int f = 0; f < folds; f++) {
                double eval = 0;
                for (int j = 0; j < nc; j++) {
                    for (int g = 0; g < folds; g++) {
                        column[g] = (foldCounts[g][j] + (g == f ? c[j] : 0)) / classTotal[j];
                    }
                    eval += std(column);
                }
                eval /= nc;
                // numpy.isclose(eval, bestEval): |a - b| <= atol + rtol * |b|
                boolean close = Math.abs(eval - bestEval) <= 1e-8 + 1e-5 * Math.abs(bestEval);
                if (eval < bestEval || (close && foldSize[f] < bestSize)) {
                    best = f;
                    bestEval = eval;
                    bestSize = foldSize[f];
                }
            }
            out.put(s, best);
            for (int j = 0; j < nc; j++) {
                foldCounts[best][j] += c[j];
            }
            foldSize[best] += sum(c);
        }
        for (int f = 0; f < folds; f++) {
            if (foldSize[f] == 0) {
                throw new IllegalArgumentException("fold " + f + " got no speaker; use fewer folds");
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static int sum(int[] c) {
        int s = 0;
        for (int v : c) {
            s += v;
        }
        return s;
    }

    private static double std(int[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i];
        }
        return std(d);
    }

    /** Population standard deviation (numpy's {@code np.std}, ddof = 0). */
    private static double std(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / x.length);
    }
}
