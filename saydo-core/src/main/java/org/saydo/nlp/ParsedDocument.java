package org.saydo.nlp;

import java.util.List;
import java.util.Objects;
import org.saydo.doc.Document;

/** A document and its parsed sentences, in order. */
public record ParsedDocument(Document document, List<ParsedSentence> sentences) {

    public ParsedDocument {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
        for (ParsedSentence s : sentences) {
            if (s.end() > document.text().length()) {
                throw new IllegalArgumentException("sentence " + s.index() + " ends at " + s.end()
                        + ", past the document's " + document.text().length() + " characters");
            }
        }
    }
}
