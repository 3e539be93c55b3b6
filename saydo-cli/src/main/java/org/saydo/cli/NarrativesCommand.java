package org.saydo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code saydo narratives}: label documents against a narrative taxonomy, train and evaluate the classifier. */
@Command(name = "narratives", mixinStandardHelpOptions = true,
        description = "Narratives of a taxonomy in documents: classify, train, evaluate, bench; discover recurring claims.",
        subcommands = {NarrativesClassifyCommand.class, NarrativesTrainCommand.class,
            NarrativesEvaluateCommand.class, NarrativesBenchCommand.class, NarrativesDiscoverCommand.class})
public final class NarrativesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: classify, train, evaluate, bench or discover (try 'saydo narratives --help')");
    }

    /** Builds a classifier from a taxonomy and a model; with {@code speakers} it also finds quotes' speakers. */
    @FunctionalInterface
    public interface Classifiers {
        org.saydo.narratives.NarrativeClassifier make(org.saydo.narratives.Taxonomy taxonomy,
                org.saydo.narratives.NarrativeModel model, boolean speakers);
    }
}
