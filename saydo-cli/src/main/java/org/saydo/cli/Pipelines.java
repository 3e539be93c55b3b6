package org.saydo.cli;

import java.nio.file.Path;
import java.util.List;
import org.saydo.Version;
import org.saydo.code.EventCoder;
import org.saydo.code.NominalDictionary;
import org.saydo.dict.Dictionaries;
import org.saydo.nlp.Parser;
import org.saydo.nlp.corenlp.CoreNlpParser;
import org.saydo.ontology.CameoOntology;

/**
 * The one place where Saydo's chain is assembled: document → CoreNLP parse → dictionary-driven coder →
 * events and quotes. The parser's models are loaded once per JVM and shared.
 */
public final class Pipelines {

    private static CoreNlpParser parser;
    private static org.saydo.judge.Embedder embedder;

    private Pipelines() {
    }

    /** The shared CoreNLP parser, loaded on first use. */
    public static synchronized Parser parser() {
        return coreNlp();
    }

    private static synchronized CoreNlpParser coreNlp() {
        if (parser == null) {
            parser = new CoreNlpParser();
        }
        return parser;
    }

    /** CoreNLP's sentence split alone (the same sentences as the parser's). */
    public static org.saydo.nlp.SentenceSplitter splitter() {
        return coreNlp();
    }

    /** The shared sentence embedder (the judge's MiniLM model), loaded on first use. */
    public static synchronized org.saydo.judge.Embedder embedder() {
        if (embedder == null) {
            embedder = new org.saydo.judge.MiniLmEmbedder();
        }
        return embedder;
    }

    /**
     * The narrative classifier: CoreNLP's sentence split, the shared embedder, the model, and (when
     * {@code speakers}) the standard coder for the speakers of quotes in evidence sentences.
     */
    public static org.saydo.narratives.NarrativeClassifier narratives(org.saydo.narratives.Taxonomy taxonomy,
            org.saydo.narratives.NarrativeModel model, boolean speakers) {
        return new org.saydo.narratives.NarrativeClassifier(taxonomy, model, coreNlp(), embedder(),
                speakers ? standard(List.of()) : null);
    }

    /** The standard pipeline: default dictionaries plus the user's actor files, nominal events on. */
    public static Pipeline standard(List<Path> extraActors) {
        Dictionaries dictionaries = Dictionaries.defaults();
        if (!extraActors.isEmpty()) {
            dictionaries = dictionaries.withActors(extraActors);
        }
        return new Pipeline(parser(), coder(dictionaries, NominalDictionary.defaults()));
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
