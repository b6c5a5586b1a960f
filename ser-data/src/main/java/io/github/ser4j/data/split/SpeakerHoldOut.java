package io.github.ser4j.data.split;

import io.github.ser4j.data.corpus.Utterance;
import java.util.List;
import java.util.Locale;

/**
 * A speaker-independent hold-out: whole speakers go to the test part, chosen so that the
 * test part holds about {@code testFraction} of the utterances with a class balance close
 * to the whole.
 *
 * <p>It is the first fold of a {@link GroupKFold} with {@code k = round(1 / testFraction)}
 * folds (at most one per speaker), so the achieved fraction is about {@code 1/k}; the
 * summary shows the exact counts.
 *
 * @param testFraction wanted share of utterances in the test part, in (0, 1)
 * @param seed         seed of the speaker shuffle
 */
public record SpeakerHoldOut(double testFraction, long seed) implements HoldOutSplitter {
    /** Validates the fraction. */
    public SpeakerHoldOut {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1), got " + testFraction);
        }
    }

    /**
     * Splits by speaker.
     *
     * @throws IllegalArgumentException with fewer than two speakers
     */
    @Override
    public Split split(List<Utterance> utterances) {
        long speakers = utterances.stream().map(Utterance::speaker).distinct().count();
        if (speakers < 2) {
            throw new IllegalArgumentException("a speaker hold-out needs at least 2 speakers, got " + speakers);
        }
        int k = (int) Math.max(2, Math.min(speakers, Math.round(1 / testFraction)));
        Split first = new GroupKFold(k, seed).split(utterances).get(0);
        return Split.of(String.format(Locale.ROOT, "speaker hold-out %.0f%% (1 of %d speaker folds, seed %d)",
                testFraction * 100, k, seed), first.train().utterances(), first.test().utterances());
    }
}
