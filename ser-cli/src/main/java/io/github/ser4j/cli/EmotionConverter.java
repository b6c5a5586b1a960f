package io.github.ser4j.cli;

import io.github.ser4j.data.emotion.Emotion;
import picocli.CommandLine;

/** Converts {@code angry}, {@code Anger}, {@code ps} ... to an {@link Emotion}; an unknown name is a usage error. */
final class EmotionConverter implements CommandLine.ITypeConverter<Emotion> {
    @Override
    public Emotion convert(String value) {
        return Emotion.find(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "unknown emotion '" + value + "'; use neutral, calm, happy, sad, angry, fearful, disgust, "
                        + "surprised, boredom (or a synonym such as anger, fear, surprise)"));
    }
}
