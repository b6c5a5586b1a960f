package io.github.ser4j.cli;

import java.util.List;
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
        footer = {"", "Exit codes: 0 success, 1 failed run (missing or bad input), 2 usage error.",
            "Start with: ser demo"},
        subcommands = {CommandLine.HelpCommand.class, FeaturesCommand.class, CorpusCommand.class, TrainCommand.class,
            EvaluateCommand.class, PredictCommand.class, DemoCommand.class})
public final class SerCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Builds the command line with every subcommand registered. A usage error (unknown
     * option, bad value) prints the message and the usage and exits with 2; an unexpected
     * failure of a run prints one line naming it and exits with 1 (the stack trace only with
     * {@code -Dser4j.debug=true}).
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SerCommand());
        cl.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("ser " + cmd.getCommandName() + ": " + (e.getMessage() != null ? e.getMessage()
                    : e.getClass().getName()));
            if (Boolean.getBoolean("ser4j.debug")) {
                e.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return 1;
        });
        return cl;
    }

    /** The command line that ran, as typed: {@code ser train --corpus ...}. */
    static String invocation(CommandLine.Model.CommandSpec spec) {
        CommandLine.ParseResult pr = spec.root().commandLine().getParseResult();
        List<String> args = pr == null ? List.of() : pr.originalArgs();
        StringBuilder sb = new StringBuilder("ser");
        for (String a : args) {
            sb.append(' ').append(a.isEmpty() || a.matches(".*[\\s\"'$`].*") ? "'" + a + "'" : a);
        }
        return sb.toString();
    }

    /** Runs {@code ser} with the given arguments and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
