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
 * @param warnings what the chain changed to keep within its budget ({@code long-sentence: ...}), for the user
 */
public record CodedDocument(Document document, int sentences, List<Event> events, List<Quote> quotes,
        List<String> warnings) {

    public CodedDocument {
        Objects.requireNonNull(document, "document");
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        warnings = List.copyOf(warnings);
    }

    /** A document coded without warnings. */
    public CodedDocument(Document document, int sentences, List<Event> events, List<Quote> quotes) {
        this(document, sentences, events, quotes, List.of());
    }

    /** This result with {@code more} warnings after its own. */
    public CodedDocument withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        return new CodedDocument(document, sentences, events, quotes,
                java.util.stream.Stream.concat(warnings.stream(), more.stream()).toList());
    }
}
