package org.saydo.code;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.saydo.Version;
import org.saydo.dict.Dictionaries;
import org.saydo.nlp.ParsedDocument;
import org.saydo.ontology.CameoOntology;
import org.saydo.record.CodedDocument;
import org.saydo.record.Event;

/**
 * The shipped coder (standard dictionaries, nominal events, ontology codes) over the hand-written CoNLL-U fixtures
 * of {@code src/test/resources/org/saydo/code/conllu/}: the passes' tests without CoreNLP.
 */
final class Fixtures {

    private static EventCoder coder;
    private static final Map<String, Map<String, ParsedDocument>> FILES = new HashMap<>();

    private Fixtures() {
    }

    /** Codes document {@code doc} of fixture {@code conllu/NAME.conllu}. */
    static synchronized CodedDocument code(String name, String doc) {
        if (coder == null) {
            coder = new EventCoder(Dictionaries.defaults(), NominalDictionary.defaults(), CameoOntology.standard(),
                    Version.PIPELINE);
        }
        ParsedDocument parsed = FILES.computeIfAbsent(name, n -> ConllU.resource("conllu/" + n + ".conllu")).get(doc);
        if (parsed == null) {
            throw new IllegalArgumentException("no document '" + doc + "' in conllu/" + name + ".conllu");
        }
        return coder.code(parsed);
    }

    /** The events of a fixture document, as "SOURCE>TARGET CODE MODALITY" ({@code -} for no target). */
    static List<String> events(String name, String doc) {
        return code(name, doc).events().stream().map(Fixtures::brief).toList();
    }

    static String brief(Event e) {
        return e.source().code() + ">" + (e.target() == null ? "-" : e.target().code()) + " " + e.cameo() + " "
                + e.modality().name().toLowerCase(java.util.Locale.ROOT);
    }
}
