package io.github.ser4j.data.split;

import io.github.ser4j.data.corpus.Utterance;
import java.util.ArrayList;
import java.util.List;

/**
 * Leave-one-speaker-out cross-validation (LOSO): one split per speaker, testing on that
 * speaker and training on all others. The standard protocol for EMO-DB's ten speakers;
 * the mean of the per-fold results estimates how the model does on a voice it never heard.
 */
public final class LeaveOneSpeakerOut {
    private LeaveOneSpeakerOut() {
    }

    /**
     * One split per speaker, in sorted speaker order.
     *
     * @throws IllegalArgumentException with fewer than two speakers
     */
    public static List<Split> split(List<Utterance> utterances) {
        List<String> speakers = utterances.stream().map(Utterance::speaker).distinct().sorted().toList();
        if (speakers.size() < 2) {
            throw new IllegalArgumentException("leave-one-speaker-out needs at least 2 speakers, got "
                    + speakers.size());
        }
        List<Split> out = new ArrayList<>(speakers.size());
        for (String s : speakers) {
            List<Utterance> train = new ArrayList<>();
            List<Utterance> test = new ArrayList<>();
            for (Utterance u : utterances) {
                (u.speaker().equals(s) ? test : train).add(u);
            }
            out.add(Split.of("leave out speaker " + s, train, test));
        }
        return out;
    }
}
