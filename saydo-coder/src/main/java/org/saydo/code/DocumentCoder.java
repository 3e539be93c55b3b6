package org.saydo.code;

import org.saydo.nlp.ParsedDocument;
import org.saydo.record.CodedDocument;

/**
 * The coding stage: turns a parsed document into events and quotes, each with its provenance.
 *
 * <p>Implementations are thread-safe and hold no state between documents.
 */
public interface DocumentCoder {

    /** Codes one parsed document. Throws {@link NullPointerException} on null. */
    CodedDocument code(ParsedDocument document);
}
