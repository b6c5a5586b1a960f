package io.github.ser4j.data.split;

import java.util.List;

/**
 * The training examples of a {@link TrainPart}: every original utterance followed by its
 * augmented copies. Made only by {@link TrainPart#augmented} and {@link TrainPart#unaugmented}.
 */
public final class AugmentedTrainPart {
    private final TrainPart part;
    private final List<TrainingExample> examples;

    AugmentedTrainPart(TrainPart part, List<TrainingExample> examples) {
        this.part = part;
        this.examples = List.copyOf(examples);
    }

    /** The training part the examples come from. */
    public TrainPart part() {
        return part;
    }

    /** Originals and copies, source by source. */
    public List<TrainingExample> examples() {
        return examples;
    }

    /** Number of examples (originals plus copies). */
    public int size() {
        return examples.size();
    }

    /** Only the augmented copies. */
    public List<AugmentedUtterance> copies() {
        return examples.stream().filter(e -> e instanceof AugmentedUtterance)
                .map(e -> (AugmentedUtterance) e).toList();
    }
}
