package org.saydo.record;

import java.util.List;
import java.util.Objects;
import org.saydo.doc.Document;

/**
 * The coder's output for one document.
 *
 * @param document the document
 * @param sentences how many sentences it has
 * @param events its events, in text order
 * @param quotes its quotes, in text order
 */
public record CodedDocument(Document document, int sentences, List<Event> events, List<Quote> quotes) {

    public CodedDocument {
        Objects.requireNonNull(document, "document");
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }
}
