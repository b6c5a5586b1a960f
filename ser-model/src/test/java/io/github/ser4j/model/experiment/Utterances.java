package io.github.ser4j.model.experiment;

import io.github.ser4j.data.corpus.Corpus;
import io.github.ser4j.data.corpus.CorpusId;
import io.github.ser4j.data.corpus.Gender;
import io.github.ser4j.data.corpus.Intensity;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.corpus.VocalChannel;
import io.github.ser4j.data.emotion.Emotion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** In-memory utterances (no audio) for split and selection tests. */
final class Utterances {
    private Utterances() {
    }

    /** {@code speakers} speakers of {@code corpus}, {@code perEmotion} utterances of each emotion each. */
    static Corpus corpus(CorpusId corpus, int speakers, int perEmotion, Emotion... emotions) {
        List<Utterance> out = new ArrayList<>();
        for (int s = 1; s <= speakers; s++) {
            for (Emotion e : emotions) {
                for (int k = 0; k < perEmotion; k++) {
                    String spk = corpus.id() + ":" + s;
                    out.add(new Utterance(Path.of(corpus.id(), "s" + s, e.label() + "-" + k + ".wav"), corpus, e, spk,
                            s % 2 == 0 ? Gender.FEMALE : Gender.MALE, "en", Intensity.UNSPECIFIED, "t" + k, "",
                            VocalChannel.SPEECH));
                }
            }
        }
        return Corpus.of(corpus.id(), out, List.of());
    }
}
