package org.saydo.code;

import org.saydo.Version;
import org.saydo.dict.Dictionaries;
import org.saydo.judge.Judge;
import org.saydo.judge.JudgeModel;
import org.saydo.judge.MiniLmEmbedder;
import org.saydo.nlp.ParsedDocument;
import org.saydo.nlp.Parser;
import org.saydo.nlp.corenlp.CoreNlpParser;
import org.saydo.ontology.CameoOntology;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;

/**
 * The coder behind the real CoreNLP parser, for the tests that need real parses: the chain the CLI's
 * {@code Pipelines} assembles (parse, then the dictionaries' coder, then, when asked, the shipped judge), built
 * here so that the coder's own tests do not depend on the command line. The parser's models load once per JVM.
 */
public final class CoreNlpCoding {

    private static CoreNlpParser parser;

    private CoreNlpCoding() {
    }

    private static synchronized Parser parser() {
        if (parser == null) {
            parser = new CoreNlpParser();
        }
        return parser;
    }

    /** The standard dictionaries and nominal events, the dictionaries deciding alone ({@code --no-judge}). */
    public static Coder standard() {
        return chain(new EventCoder(Dictionaries.defaults(), NominalDictionary.defaults(), CameoOntology.standard(),
                Version.PIPELINE), null);
    }

    /** The standard coder followed by the shipped judge at its default drop threshold. */
    public static Coder standardWithJudge() {
        Judge judge = new Judge(JudgeModel.standard(), new MiniLmEmbedder(), Judge.DEFAULT_DROP_THRESHOLD);
        return chain(new EventCoder(Dictionaries.defaults(), NominalDictionary.defaults(), CameoOntology.standard(),
                Version.PIPELINE), judge);
    }

    /** A validation file's coder: its own dictionaries, verbs only (PETRARCH's suites know no nominal events). */
    public static Coder validation(Dictionaries dictionaries) {
        return chain(new EventCoder(dictionaries, NominalDictionary.empty(), CameoOntology.standard(),
                Version.PIPELINE, EventCoder.Codes.DICTIONARY), null);
    }

    private static Coder chain(DocumentCoder coder, Judge judge) {
        Parser p = parser();
        return document -> {
            ParsedDocument parsed = p.parse(document);
            CodedDocument coded = coder.code(parsed).withWarnings(parsed.warnings());
            return judge == null ? coded : judge.judge(coded);
        };
    }
}
