package org.saydo.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.saydo.nlp.BudgetExceededException;
import org.saydo.ontology.CameoOntology;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import org.saydo.record.Event;
import org.saydo.record.Quote;
import org.saydo.record.RecordJson;
import org.saydo.store.LinkRule;

/**
 * One document after the coder: its events and quotes as the JSON objects of {@code saydo code --format jsonl}
 * ({@link RecordJson}, the one definition of that schema), each event with the values the link rule compares;
 * or the reason it could not be coded.
 *
 * @param doc the document
 * @param sentences its sentences
 * @param events its events, JSON, in text order; each has an {@code event_id}: document id, colon, place
 * @param quotes its quotes, JSON, in text order; each has a {@code quote_id}: document id, colon, place
 * @param mentions what linking needs of each event, in the order of {@code events}
 * @param warnings the coder's warnings ({@code long-sentence: ...})
 * @param failure why it could not be coded, or null
 */
record Coded(SourceDoc doc, int sentences, List<String> events, List<String> quotes, List<Mention> mentions,
        List<String> warnings, Failure failure) implements Serializable {

    private static final long serialVersionUID = 1L;

    Coded {
        Objects.requireNonNull(doc, "doc");
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        mentions = List.copyOf(mentions);
        warnings = List.copyOf(warnings);
    }

    /**
     * What linking needs of one event: its id, its document's place in reading order, and the link rule's
     * anchor values.
     */
    record Mention(String eventId, String docId, String file, int index, int place, String source, String target,
            String root, LocalDate date, String modalityClass) implements Serializable {

        private static final long serialVersionUID = 1L;

        LinkRule.Anchor anchor() {
            return new LinkRule.Anchor(source, target, root, date, modalityClass);
        }
    }

    private static final RecordJson JSON = new RecordJson(CameoOntology.standard());

    /**
     * Codes one document. A document the coder fails on (over its time budget, or an error) is a failure named
     * by its source, as {@code saydo ingest} reports it; nothing is thrown.
     */
    static Coded code(Coder coder, SourceDoc doc) {
        CodedDocument coded;
        try {
            coded = coder.code(doc.document());
        } catch (BudgetExceededException e) {
            return failed(doc, e.getMessage());
        } catch (RuntimeException e) {
            return failed(doc, "coder failed: " + e);
        }
        List<String> events = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (Event e : coded.events()) {
            String id = doc.id() + ":" + events.size();
            ObjectNode o = JSON.event(e);
            o.put("event_id", id);
            events.add(JSON.line(o));
            mentions.add(new Mention(id, doc.id(), doc.file(), doc.index(), mentions.size(), e.source().code(),
                    e.target() == null ? null : e.target().code(), LinkRule.root(e.cameo()), e.date(),
                    LinkRule.modalityClass(e.modality())));
        }
        List<String> quotes = new ArrayList<>();
        for (Quote q : coded.quotes()) {
            ObjectNode o = JSON.quote(q);
            o.put("quote_id", doc.id() + ":" + quotes.size());
            quotes.add(JSON.line(o));
        }
        return new Coded(doc, coded.sentences(), events, quotes, mentions, coded.warnings(), null);
    }

    private static Coded failed(SourceDoc doc, String reason) {
        return new Coded(doc, 0, List.of(), List.of(), List.of(), List.of(), new Failure(doc.source(), reason, "code"));
    }
}
