package io.github.ser4j.data.split;

import io.github.ser4j.data.corpus.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The training part of a {@link Split}: the only place augmented copies can come from.
 *
 * <p>{@link #augmented} describes, for each training utterance, the original and
 * {@code copies} augmented versions. Nothing is rendered here: an {@link AugmentedUtterance}
 * is a recipe (source, copy index, seed, augmenter) that the feature pipeline turns into
 * audio. Because the copies are made from a {@code TrainPart}, and a {@code TrainPart}
 * exists only after the split, an augmented copy of a test utterance cannot be written.
 */
public final class TrainPart extends Part {
    TrainPart(List<Utterance> utterances) {
        super(utterances);
    }

    /**
     * The training examples with {@code copies} augmented copies of every utterance.
     *
     * <p>Copy {@code j} of utterance {@code i} gets its own seed, drawn from a
     * {@link SplittableRandom} seeded with {@code seed} in (utterance, copy) order, so the
     * result depends only on the part's order and the seed, not on which thread renders it.
     *
     * @param copies    augmented copies per utterance, 0 or more
     * @param augmenter what to do to the audio of each copy
     * @param seed      seed for the per-copy seeds
     */
    public AugmentedTrainPart augmented(int copies, AudioAugmenter augmenter, long seed) {
        if (copies < 0) {
            throw new IllegalArgumentException("copies must be >= 0, got " + copies);
        }
        Objects.requireNonNull(augmenter, "augmenter");
        SplittableRandom rng = new SplittableRandom(seed);
        List<TrainingExample> examples = new ArrayList<>(size() * (copies + 1));
        for (Utterance u : utterances()) {
            examples.add(new TrainingExample.Original(u));
            for (int c = 1; c <= copies; c++) {
                examples.add(new AugmentedUtterance(this, u, c, rng.nextLong(), augmenter));
            }
        }
        return new AugmentedTrainPart(this, examples);
    }

    /** The training examples without augmentation: one {@link TrainingExample.Original} per utterance. */
    public AugmentedTrainPart unaugmented() {
        return new AugmentedTrainPart(this,
                utterances().stream().<TrainingExample>map(TrainingExample.Original::new).toList());
    }
}
