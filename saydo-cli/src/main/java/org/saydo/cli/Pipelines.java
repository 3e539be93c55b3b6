package org.saydo.cli;

import java.nio.file.Path;
import java.util.List;
import org.saydo.Version;
import org.saydo.code.EventCoder;
import org.saydo.code.NominalDictionary;
import org.saydo.dict.Dictionaries;
import org.saydo.judge.Embedder;
import org.saydo.judge.Judge;
import org.saydo.judge.JudgeModel;
import org.saydo.judge.MiniLmEmbedder;
import org.saydo.nlp.Budget;
import org.saydo.nlp.Parser;
import org.saydo.nlp.corenlp.CoreNlpParser;
import org.saydo.ontology.CameoOntology;

/**
 * The one place where Saydo's chain is assembled: document → CoreNLP parse → dictionary-driven coder → learned
 * judge → events and quotes. The parser's models are loaded once per JVM and shared.
 */
public final class Pipelines {

    private static CoreNlpParser parser;
    private static Embedder sentenceModel;
    private static Embedder embedder;

    /** Sentences whose vectors the shared embedder remembers (about 1.6 KB each). */
    static final int REMEMBERED_SENTENCES = 8192;

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

    /**
     * The shared sentence embedder (the judge's, and the narratives'), loaded on first use. It remembers the
     * vectors of the last {@value #REMEMBERED_SENTENCES} sentences, so that a sentence the judge embedded is
     * not embedded again by the narrative classifier (nor a syndicated copy's).
     */
    public static synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = new org.saydo.judge.CachingEmbedder(sentenceModel(), REMEMBERED_SENTENCES);
        }
        return embedder;
    }

    /** The sentence model itself, remembering nothing (for benchmarks that must not be helped by repeats). */
    public static synchronized Embedder sentenceModel() {
        if (sentenceModel == null) {
            sentenceModel = new MiniLmEmbedder();
        }
        return sentenceModel;
    }

    /**
     * The narrative classifier: CoreNLP's sentence split, the shared embedder, the model, and (when
     * {@code speakers}) the dictionaries' coder for the speakers of quotes in evidence sentences (quotes do not
     * need the judge).
     */
    public static org.saydo.narratives.NarrativeClassifier narratives(org.saydo.narratives.Taxonomy taxonomy,
            org.saydo.narratives.NarrativeModel model, boolean speakers) {
        return narratives(taxonomy, model, speakers, embedder());
    }

    /** The narrative classifier as {@link #narratives(org.saydo.narratives.Taxonomy,
     * org.saydo.narratives.NarrativeModel, boolean)}, with the embedder given. */
    public static org.saydo.narratives.NarrativeClassifier narratives(org.saydo.narratives.Taxonomy taxonomy,
            org.saydo.narratives.NarrativeModel model, boolean speakers, Embedder embedder) {
        return new org.saydo.narratives.NarrativeClassifier(taxonomy, model, coreNlp(), embedder,
                speakers ? standard(List.of(), JudgeChoice.OFF) : null);
    }

    /** The standard pipeline with the default budget and the shipped judge. */
    public static Pipeline standard(List<Path> extraActors) {
        return standard(extraActors, Budget.DEFAULT, JudgeChoice.STANDARD);
    }

    /** The standard pipeline with the default budget and the judge chosen. */
    public static Pipeline standard(List<Path> extraActors, JudgeChoice judge) {
        return standard(extraActors, Budget.DEFAULT, judge);
    }

    /**
     * The standard pipeline: default dictionaries plus the user's actor files, nominal events on, a parser that
     * works within {@code budget} (the models are shared all the same), and the judge chosen.
     *
     * @throws org.saydo.judge.JudgeException naming the model file when it is missing or corrupt
     */
    public static Pipeline standard(List<Path> extraActors, Budget budget, JudgeChoice judge) {
        Dictionaries dictionaries = Dictionaries.defaults();
        if (!extraActors.isEmpty()) {
            dictionaries = dictionaries.withActors(extraActors);
        }
        CoreNlpParser shared = (CoreNlpParser) parser();
        Parser within = budget.equals(shared.budget()) ? shared : shared.withBudget(budget);
        return new Pipeline(within, coder(dictionaries, NominalDictionary.defaults()), judge(judge));
    }

    /** The judge chosen, or {@code null} when it is off. */
    static Judge judge(JudgeChoice choice) {
        if (!choice.on()) {
            return null;
        }
        JudgeModel model = choice.model() == null ? JudgeModel.standard() : JudgeModel.read(choice.model());
        org.saydo.judge.Proposer proposer = null;
        if (choice.proposeThreshold() > 0) {
            proposer = new org.saydo.judge.Proposer(choice.proposerModel() == null
                    ? org.saydo.judge.ProposerModel.standard()
                    : org.saydo.judge.ProposerModel.read(choice.proposerModel()), embedder(),
                    choice.proposeThreshold());
        }
        return new Judge(model, embedder(), choice.dropThreshold(), proposer);
    }

    /**
     * The pipeline a validation file is run with: its own dictionaries, no nominal events (PETRARCH's suites
     * know verbs only).
     */
    public static Pipeline validation(Dictionaries dictionaries) {
        return new Pipeline(parser(), new EventCoder(dictionaries, NominalDictionary.empty(), CameoOntology.standard(),
                Version.PIPELINE, EventCoder.Codes.DICTIONARY), null);
    }

    /** A coder over the given dictionaries (the validation suite's, for example). */
    public static EventCoder coder(Dictionaries dictionaries, NominalDictionary nouns) {
        return new EventCoder(dictionaries, nouns, CameoOntology.standard(), Version.PIPELINE);
    }
}
