package io.github.ser4j.data.split;

import io.github.ser4j.data.corpus.Utterance;
import java.util.List;

/**
 * A validation or test part of a {@link Split}. It has no way to be augmented: evaluation
 * data is always the original recordings.
 */
public final class EvalPart extends Part {
    EvalPart(List<Utterance> utterances) {
        super(utterances);
    }
}
