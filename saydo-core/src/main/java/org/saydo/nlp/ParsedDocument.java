package org.saydo.nlp;

import java.util.List;
import java.util.Objects;
import org.saydo.doc.Document;

/**
 * A document and its parsed sentences, in order.
 *
 * @param document the document
 * @param sentences its sentences
 * @param warnings what the parser changed to keep within its {@link Budget}, one message each, starting with the
 *     warning's name ({@code long-sentence: ...}); empty for an ordinary document
 */
public record ParsedDocument(Document document, List<ParsedSentence> sentences, List<String> warnings) {

    public ParsedDocument {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
        warnings = List.copyOf(warnings);
        for (ParsedSentence s : sentences) {
            if (s.end() > document.text().length()) {
                throw new IllegalArgumentException("sentence " + s.index() + " ends at " + s.end()
                        + ", past the document's " + document.text().length() + " characters");
            }
        }
    }

    /** A document parsed without warnings. */
    public ParsedDocument(Document document, List<ParsedSentence> sentences) {
        this(document, sentences, List.of());
    }
}
