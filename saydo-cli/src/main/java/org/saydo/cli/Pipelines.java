package org.saydo.cli;

import java.nio.file.Path;
import java.util.List;
import org.saydo.Version;
import org.saydo.code.EventCoder;
import org.saydo.code.NominalDictionary;
import org.saydo.dict.Dictionaries;
import org.saydo.nlp.Budget;
import org.saydo.nlp.Parser;
import org.saydo.nlp.corenlp.CoreNlpParser;
import org.saydo.ontology.CameoOntology;

/**
 * The one place where Saydo's chain is assembled: document → CoreNLP parse → dictionary-driven coder →
 * events and quotes. The parser's models are loaded once per JVM and shared.
 */
public final class Pipelines {

    private static CoreNlpParser parser;

    private Pipelines() {
    }

    /** The shared CoreNLP parser, loaded on first use. */
    public static synchronized Parser parser() {
        if (parser == null) {
            parser = new CoreNlpParser();
        }
        return parser;
    }

    /** The standard pipeline: default dictionaries plus the user's actor files, nominal events on, default budget. */
    public static Pipeline standard(List<Path> extraActors) {
        return standard(extraActors, Budget.DEFAULT);
    }

    /** The standard pipeline whose parser works within {@code budget} (the models are shared all the same). */
    public static Pipeline standard(List<Path> extraActors, Budget budget) {
        Dictionaries dictionaries = Dictionaries.defaults();
        if (!extraActors.isEmpty()) {
            dictionaries = dictionaries.withActors(extraActors);
        }
        CoreNlpParser shared = (CoreNlpParser) parser();
        Parser within = budget.equals(shared.budget()) ? shared : shared.withBudget(budget);
        return new Pipeline(within, coder(dictionaries, NominalDictionary.defaults()));
    }

    /**
     * The pipeline a validation file is run with: its own dictionaries, no nominal events (PETRARCH's suites
     * know verbs only).
     */
    public static Pipeline validation(Dictionaries dictionaries) {
        return new Pipeline(parser(), new EventCoder(dictionaries, NominalDictionary.empty(), CameoOntology.standard(),
                Version.PIPELINE, EventCoder.Codes.DICTIONARY));
    }

    /** A coder over the given dictionaries (the validation suite's, for example). */
    public static EventCoder coder(Dictionaries dictionaries, NominalDictionary nouns) {
        return new EventCoder(dictionaries, nouns, CameoOntology.standard(), Version.PIPELINE);
    }
}
