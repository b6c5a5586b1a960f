package io.github.ser4j.data.split;

import io.github.ser4j.data.corpus.Corpus;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Cross-corpus evaluation: train on one corpus, test on another. It measures what a
 * within-corpus split cannot: robustness to another language, recording set-up and
 * acting style.
 *
 * <p>Only emotions present in both corpora are kept (a model cannot be scored on a class
 * it never saw); relabel the corpora first ({@link Corpus#relabel}) to choose the shared
 * label set yourself, e.g. merging calm into neutral.
 */
public final class CrossCorpusSplit {
    private CrossCorpusSplit() {
    }

    /**
     * Trains on {@code train}, tests on {@code test}, both restricted to their shared emotions.
     *
     * @throws IllegalArgumentException if they share a speaker (the same corpus on both
     *                                  sides) or no emotion
     */
    public static Split of(Corpus train, Corpus test) {
        Set<Emotion> shared = EnumSet.noneOf(Emotion.class);
        shared.addAll(train.emotionCounts().keySet());
        shared.retainAll(test.emotionCounts().keySet());
        if (shared.isEmpty()) {
            throw new IllegalArgumentException("corpora " + train.name() + " and " + test.name()
                    + " share no emotion");
        }
        Set<String> trainSpeakers = Set.copyOf(train.speakers());
        for (String s : test.speakers()) {
            if (trainSpeakers.contains(s)) {
                throw new IllegalArgumentException("speaker " + s + " is in both " + train.name()
                        + " and " + test.name() + "; a cross-corpus split needs disjoint corpora");
            }
        }
        List<Utterance> a = train.utterances().stream().filter(u -> shared.contains(u.emotion())).toList();
        List<Utterance> b = test.utterances().stream().filter(u -> shared.contains(u.emotion())).toList();
        return Split.of("cross-corpus " + train.name() + " -> " + test.name() + " " + shared, a, b);
    }
}
