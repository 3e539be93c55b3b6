package org.saydo.cli;

import java.nio.file.Path;
import org.saydo.judge.Judge;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The judge's options, shared by every command that codes text ({@code --no-judge}, {@code --judge-model}). */
public final class JudgeOptions {

    @Option(names = "--no-judge", description = "Code with the dictionaries alone, without the learned judge.")
    boolean off;

    @Option(names = "--judge-model", paramLabel = "FILE",
            description = "A judge model trained with 'saydo train' (default: the model shipped with Saydo).")
    Path model;

    @Option(names = "--judge-threshold", paramLabel = "P",
            description = "Leave a candidate out when the judge gives 'drop' at least this probability "
                    + "(default: ${DEFAULT-VALUE}).")
    double threshold = Judge.DEFAULT_DROP_THRESHOLD;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    /** The choice the options make; {@code --no-judge} with {@code --judge-model} is bad usage. */
    public JudgeChoice choice() {
        if (off && model != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--no-judge and --judge-model exclude each other");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--judge-threshold must be above 0 and at most 1, not " + threshold);
        }
        return off ? JudgeChoice.OFF : new JudgeChoice(true, model, threshold);
    }
}
