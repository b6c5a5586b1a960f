package io.github.ser4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ser} command: one entry point whose subcommands extract features, inspect
 * corpora, train, evaluate and run models. Exit codes: 0 success, 1 a failed run
 * (bad input, a failed evaluation), 2 a usage error.
 */
@Command(name = "ser",
        mixinStandardHelpOptions = true,
        version = "ser4j 0.1.0-SNAPSHOT",
        description = "Speech emotion recognition in pure Java.",
        subcommands = {CommandLine.HelpCommand.class, FeaturesCommand.class, CorpusCommand.class})
public final class SerCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Builds the command line with every subcommand registered. */
    public static CommandLine commandLine() {
        return new CommandLine(new SerCommand());
    }

    /** Runs {@code ser} with the given arguments and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
