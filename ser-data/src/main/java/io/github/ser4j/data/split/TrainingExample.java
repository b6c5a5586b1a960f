package io.github.ser4j.data.split;

import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.dsp.audio.Audio;
import java.util.Objects;

/**
 * One example the trainer sees: an original training utterance or an augmented copy of
 * one. Both name their {@linkplain #source() source utterance}, whose label they carry.
 */
public sealed interface TrainingExample permits TrainingExample.Original, AugmentedUtterance {
    /** The training utterance this example is (or was made from). */
    Utterance source();

    /** The audio of this example, given the decoded audio of its source. */
    Audio render(Audio sourceAudio);

    /** An original training utterance, used as recorded. */
    final class Original implements TrainingExample {
        private final Utterance source;

        Original(Utterance source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        @Override
        public Utterance source() {
            return source;
        }

        /** Returns {@code sourceAudio} unchanged. */
        @Override
        public Audio render(Audio sourceAudio) {
            return sourceAudio;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Original other && other.source.equals(source);
        }

        @Override
        public int hashCode() {
            return source.hashCode();
        }

        @Override
        public String toString() {
            return "Original[" + source.fileName() + "]";
        }
    }
}
