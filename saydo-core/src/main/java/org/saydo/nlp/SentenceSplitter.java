package org.saydo.nlp;

import java.util.List;
import org.saydo.doc.Document;

/**
 * The cheap half of the NLP stage: a document's sentences with their tokens and character offsets, without a
 * parse. Where a {@link Parser} also exists, both split a document into the same sentences. Implementations are
 * thread-safe and hold no per-document state.
 */
public interface SentenceSplitter {

    /**
     * The sentences of a document, in order; offsets point into {@code document.text()}; the sentences carry no
     * dependencies and no time expressions.
     *
     * @throws NullPointerException if {@code document} is null
     */
    List<ParsedSentence> split(Document document);
}
