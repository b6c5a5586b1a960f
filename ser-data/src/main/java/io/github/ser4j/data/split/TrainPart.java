package io.github.ser4j.data.split;

import io.github.ser4j.data.corpus.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
     * <p>Copy {@code j} of an utterance gets its own seed, a hash of {@code seed}, the
     * utterance's file name and {@code j}: it depends on nothing else (not on the other
     * utterances of the part, their order, or the thread that renders it). So the same
     * utterance gets the same copies in every fold of a cross-validation that uses one seed,
     * and a caller may render each copy once for all folds.
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
        List<TrainingExample> examples = new ArrayList<>(size() * (copies + 1));
        for (Utterance u : utterances()) {
            examples.add(new TrainingExample.Original(u));
            long base = mix(seed ^ mix(nameHash(u.fileName())));
            for (int c = 1; c <= copies; c++) {
                examples.add(new AugmentedUtterance(this, u, c, mix(base + c * 0x9E3779B97F4A7C15L), augmenter));
            }
        }
        return new AugmentedTrainPart(this, examples);
    }

    /** The training examples without augmentation: one {@link TrainingExample.Original} per utterance. */
    public AugmentedTrainPart unaugmented() {
        return new AugmentedTrainPart(this,
                utterances().stream().<TrainingExample>map(TrainingExample.Original::new).toList());
    }

    /** 64-bit FNV-1a of the name's UTF-8 bytes: the same on every JVM and machine. */
    private static long nameHash(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser (Steele et al. 2014): spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
