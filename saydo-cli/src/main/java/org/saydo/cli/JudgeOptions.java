package org.saydo.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The judge's options, shared by every command that codes text ({@code --no-judge}, {@code --judge-model}). */
public final class JudgeOptions {

    @Option(names = "--no-judge", description = "Code with the dictionaries alone, without the learned judge.")
    boolean off;

    @Option(names = "--judge-model", paramLabel = "FILE",
            description = "A judge model trained with 'saydo train' (default: the model shipped with Saydo).")
    Path model;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    /** The choice the options make; {@code --no-judge} with {@code --judge-model} is bad usage. */
    public JudgeChoice choice() {
        if (off && model != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--no-judge and --judge-model exclude each other");
        }
        return off ? JudgeChoice.OFF : new JudgeChoice(true, model);
    }
}
