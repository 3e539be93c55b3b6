package org.saydo.nlp;

import org.saydo.doc.Document;

/**
 * The NLP stage: splits a document into sentences and parses each one.
 *
 * <p>Implementations are thread-safe: one instance serves all worker threads. They are expensive to create
 * (models are loaded once) and hold no per-document state.
 */
public interface Parser {

    /**
     * Parses a document. Offsets in the result point into {@code document.text()}.
     *
     * @throws NullPointerException if {@code document} is null
     */
    ParsedDocument parse(Document document);
}
