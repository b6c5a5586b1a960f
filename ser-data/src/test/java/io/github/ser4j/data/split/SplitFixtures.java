package io.github.ser4j.data.split;

import io.github.ser4j.data.corpus.CorpusId;
import io.github.ser4j.data.corpus.Gender;
import io.github.ser4j.data.corpus.Intensity;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.corpus.VocalChannel;
import io.github.ser4j.data.emotion.Emotion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Utterance lists for split tests (no audio needed: splits look only at labels and speakers). */
final class SplitFixtures {
    private SplitFixtures() {
    }

    /**
     * {@code speakers} EMO-DB-like speakers with a random number (2..maxPerClass) of
     * utterances of each of {@code emotions}, so that classes and speakers are imbalanced.
     */
    static List<Utterance> corpus(CorpusId corpus, int speakers, List<Emotion> emotions, int maxPerClass, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Utterance> out = new ArrayList<>();
        for (int s = 1; s <= speakers; s++) {
            for (Emotion e : emotions) {
                int n = 2 + rng.nextInt(maxPerClass - 1);
                for (int i = 0; i < n; i++) {
                    out.add(utterance(corpus, s, e, i));
                }
            }
        }
        return out;
    }

    static Utterance utterance(CorpusId corpus, int speaker, Emotion e, int i) {
        String sp = String.format("%02d", speaker);
        return new Utterance(Path.of(corpus.id(), sp, e.label() + "_" + i + ".wav"), corpus, e,
                corpus.id() + ":" + sp, speaker % 2 == 0 ? Gender.FEMALE : Gender.MALE, corpus.language(),
                Intensity.UNSPECIFIED, "t" + i, "", VocalChannel.SPEECH);
    }
}
