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

    @Option(names = "--propose-threshold", paramLabel = "P",
            description = "Have the judge's proposer name the act of open candidates (a verb between two known "
                    + "actors in a sentence the dictionaries left empty) and emit those it gives a CAMEO root at "
                    + "least this probability; 0 for none (default: ${DEFAULT-VALUE}).")
    double proposeThreshold = JudgeChoice.STANDARD.proposeThreshold();

    @Option(names = "--proposer-model", paramLabel = "FILE",
            description = "A proposer model trained with 'saydo train --proposer' (default: the shipped one).")
    Path proposerModel;

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
        if (!(proposeThreshold >= 0 && proposeThreshold <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--propose-threshold must be 0 (none) or above 0 and at most 1, not " + proposeThreshold);
        }
        if (off && (proposerModel != null || proposeThreshold != JudgeChoice.STANDARD.proposeThreshold())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--no-judge excludes --propose-threshold and --proposer-model");
        }
        if (proposerModel != null && proposeThreshold == 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--proposer-model needs --propose-threshold above 0");
        }
        return off ? JudgeChoice.OFF : new JudgeChoice(true, model, threshold, proposeThreshold, proposerModel);
    }
}
