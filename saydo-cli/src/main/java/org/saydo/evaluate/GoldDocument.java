package org.saydo.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * One line of a gold file: a document's annotation.
 *
 * @param doc the document's file name as the gold names it
 * @param line the line of the gold file, from 1
 * @param events the annotated events, offsets into the document's text
 * @param quotes the annotated quotes, offsets into the document's text
 */
public record GoldDocument(String doc, int line, List<GoldEvent> events, List<GoldQuote> quotes) {

    public GoldDocument {
        Objects.requireNonNull(doc, "doc");
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        if (line < 1) {
            throw new IllegalArgumentException("line < 1: " + line);
        }
    }
}
