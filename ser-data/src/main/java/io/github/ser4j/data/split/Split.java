package io.github.ser4j.data.split;

import io.github.ser4j.data.corpus.Utterance;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A division of utterances into a training part, a validation part (possibly empty) and
 * a test part, no utterance in two parts.
 *
 * <p>Splits come from the splitters of this package ({@link StratifiedSplit},
 * {@link SpeakerHoldOut}, {@link GroupKFold}, {@link LeaveOneSpeakerOut},
 * {@link CrossCorpusSplit}) or from {@link #of} for a split fixed in advance. Only the
 * training part can be {@linkplain TrainPart#augmented augmented}.
 */
public final class Split {
    private final String name;
    private final TrainPart train;
    private final EvalPart validation;
    private final EvalPart test;

    private Split(String name, List<Utterance> train, List<Utterance> validation, List<Utterance> test) {
        this.name = Objects.requireNonNull(name, "name");
        Set<Path> seen = new HashSet<>();
        for (List<Utterance> part : List.of(train, validation, test)) {
            for (Utterance u : part) {
                if (!seen.add(u.path())) {
                    throw new IllegalArgumentException("utterance " + u.path() + " is in two parts of split " + name);
                }
            }
        }
        this.train = new TrainPart(train);
        this.validation = new EvalPart(validation);
        this.test = new EvalPart(test);
    }

    /**
     * A split given part by part.
     *
     * @throws IllegalArgumentException if an utterance is in two parts
     */
    public static Split of(String name, List<Utterance> train, List<Utterance> validation, List<Utterance> test) {
        return new Split(name, train, validation, test);
    }

    /** A split with no validation part. */
    public static Split of(String name, List<Utterance> train, List<Utterance> test) {
        return new Split(name, train, List.of(), test);
    }

    /** A short description, e.g. {@code "speaker hold-out 20% (seed 42)"}. */
    public String name() {
        return name;
    }

    /** The training part. */
    public TrainPart train() {
        return train;
    }

    /** The validation part (empty unless {@link #withValidation} made one). */
    public EvalPart validation() {
        return validation;
    }

    /** The test part. */
    public EvalPart test() {
        return test;
    }

    /** Whether no speaker appears in two parts. */
    public boolean isSpeakerIndependent() {
        Set<String> a = train.speakers();
        Set<String> b = validation.speakers();
        Set<String> c = test.speakers();
        return b.stream().noneMatch(a::contains) && c.stream().noneMatch(a::contains)
                && c.stream().noneMatch(b::contains);
    }

    /**
     * Carves a validation part out of the training part with the given splitter (a
     * {@link SpeakerHoldOut} keeps it speaker-independent; a {@link StratifiedSplit} does
     * not). The test part is untouched.
     */
    public Split withValidation(HoldOutSplitter splitter) {
        Split inner = splitter.split(train.utterances());
        return new Split(name + ", validation by " + inner.name(), inner.train.utterances(),
                inner.test.utterances(), test.utterances());
    }

    /** Class and speaker counts per part as a printable table. */
    public String summary() {
        return SplitSummary.format(this);
    }

    @Override
    public String toString() {
        return "Split[" + name + ": train " + train.size() + ", validation " + validation.size()
                + ", test " + test.size() + "]";
    }
}
