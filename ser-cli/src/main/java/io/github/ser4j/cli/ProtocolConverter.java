package io.github.ser4j.cli;

import io.github.ser4j.model.experiment.Protocol;
import picocli.CommandLine;

/** Converts {@code random}, {@code speaker}, {@code loso}, {@code cross}; anything else is a usage error. */
final class ProtocolConverter implements CommandLine.ITypeConverter<Protocol> {
    @Override
    public Protocol convert(String value) {
        try {
            return Protocol.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
