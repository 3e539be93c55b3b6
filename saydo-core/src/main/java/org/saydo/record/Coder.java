package org.saydo.record;

import org.saydo.doc.Document;

/**
 * The whole coding chain, text to events and quotes. Implementations are thread-safe and are built once
 * (models and dictionaries are loaded at construction).
 */
public interface Coder {

    /** Codes one document. Throws {@link NullPointerException} on null. */
    CodedDocument code(Document document);
}
