package io.github.ser4j.data.split;

import io.github.ser4j.data.corpus.Utterance;
import java.util.List;

/** Something that divides utterances into a training and a test part. */
@FunctionalInterface
public interface HoldOutSplitter {
    /** Splits {@code utterances} into train and test (no validation part). */
    Split split(List<Utterance> utterances);
}
