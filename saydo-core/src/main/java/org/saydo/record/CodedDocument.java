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
 * @param open open candidates: in sentences the dictionaries coded nothing in, a verb with a known actor as its
 *             subject and another as its object or oblique, with modality, date and provenance but no act (their
 *             {@code cameo} is the placeholder {@link #OPEN}); never printed or stored, only a learned proposer
 *             (the judge's) may turn one into an event
 */
public record CodedDocument(Document document, int sentences, List<Event> events, List<Quote> quotes,
        List<String> warnings, List<Event> open) {

    /** The placeholder code of an open candidate: no CAMEO code (CAMEO's codes start at 01). */
    public static final String OPEN = "00";

    public CodedDocument {
        Objects.requireNonNull(document, "document");
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        warnings = List.copyOf(warnings);
        open = List.copyOf(open);
        for (Event e : open) {
            if (!e.cameo().equals(OPEN)) {
                throw new IllegalArgumentException("an open candidate with a code: " + e.cameo());
            }
        }
    }

    /** A document coded with no open candidates. */
    public CodedDocument(Document document, int sentences, List<Event> events, List<Quote> quotes,
            List<String> warnings) {
        this(document, sentences, events, quotes, warnings, List.of());
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
                java.util.stream.Stream.concat(warnings.stream(), more.stream()).toList(), open);
    }
}
