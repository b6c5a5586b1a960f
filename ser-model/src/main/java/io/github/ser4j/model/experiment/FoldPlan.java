package io.github.ser4j.model.experiment;

import io.github.ser4j.data.corpus.Corpus;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.split.CrossCorpusSplit;
import io.github.ser4j.data.split.GroupKFold;
import io.github.ser4j.data.split.LeaveOneSpeakerOut;
import io.github.ser4j.data.split.SpeakerHoldOut;
import io.github.ser4j.data.split.Split;
import io.github.ser4j.data.split.StratifiedSplit;
import java.util.List;

/**
 * The splits a protocol makes of a {@link CorpusSelection}: one for a hold-out or a
 * cross-corpus test, {@code k} for k-fold, one per speaker for leave-one-speaker-out.
 *
 * <table>
 *   <caption>protocol and folds to splitter</caption>
 *   <tr><th>protocol</th><th>folds = 1</th><th>folds = k &gt; 1</th></tr>
 *   <tr><td>random</td><td>{@link StratifiedSplit}</td><td>{@link StratifiedKFold}</td></tr>
 *   <tr><td>speaker</td><td>{@link SpeakerHoldOut}</td><td>{@link GroupKFold} (by speaker)</td></tr>
 *   <tr><td>loso</td><td colspan="2">{@link LeaveOneSpeakerOut}</td></tr>
 *   <tr><td>cross</td><td colspan="2">{@link CrossCorpusSplit}: first corpus against the others</td></tr>
 * </table>
 */
public final class FoldPlan {
    private FoldPlan() {
    }

    /**
     * The splits.
     *
     * @throws ExperimentException when the data is too small for the protocol (fewer speakers than folds)
     */
    public static List<Split> splits(CorpusSelection data, Protocol protocol, int folds, double testFraction,
                                     long seed) {
        if (folds < 1) {
            throw new ExperimentException("folds must be >= 1, got " + folds);
        }
        List<Utterance> all = data.utterances();
        int speakers = data.combined().speakers().size();
        try {
            return switch (protocol) {
                case RANDOM -> folds == 1 ? List.of(new StratifiedSplit(testFraction, seed).split(all))
                        : new StratifiedKFold(folds, seed).split(all);
                case SPEAKER -> {
                    if (speakers < 2) {
                        throw new ExperimentException("a speaker-independent split needs at least 2 speakers, got "
                                + speakers);
                    }
                    if (folds > speakers) {
                        throw new ExperimentException(folds + " speaker folds need at least " + folds
                                + " speakers, got " + speakers);
                    }
                    yield folds == 1 ? List.of(new SpeakerHoldOut(testFraction, seed).split(all))
                            : new GroupKFold(folds, seed).split(all);
                }
                case LOSO -> {
                    if (speakers < 2) {
                        throw new ExperimentException("leave-one-speaker-out needs at least 2 speakers, got "
                                + speakers);
                    }
                    yield LeaveOneSpeakerOut.split(all);
                }
                case CROSS -> {
                    List<Corpus> cs = data.corpora();
                    Corpus test = Corpus.combine(cs.subList(1, cs.size()));
                    yield List.of(CrossCorpusSplit.of(cs.get(0), test));
                }
            };
        } catch (IllegalArgumentException e) {
            throw new ExperimentException(protocol.label() + " split failed: " + e.getMessage(), e);
        }
    }
}
