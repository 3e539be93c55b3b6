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
 * @param conflict the gold's {@code conflict} label ({@code russia-ukraine}, ...), or {@code null} when it has none
 * @param shape the gold's {@code shape} label ({@code wire}, {@code liveblog}, ...), or {@code null} when it has none
 */
public record GoldDocument(String doc, int line, List<GoldEvent> events, List<GoldQuote> quotes, String conflict,
        String shape) {

    /** A document with no conflict or shape label. */
    public GoldDocument(String doc, int line, List<GoldEvent> events, List<GoldQuote> quotes) {
        this(doc, line, events, quotes, null, null);
    }

    public GoldDocument {
        Objects.requireNonNull(doc, "doc");
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        if (line < 1) {
            throw new IllegalArgumentException("line < 1: " + line);
        }
    }
}
