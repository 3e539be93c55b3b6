package org.saydo.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.openapi.OpenApiRequired;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.saydo.doc.Document;
import org.saydo.record.ActorRef;
import org.saydo.store.CsvRows;
import org.saydo.store.Cursor;
import org.saydo.store.EventJson;
import org.saydo.store.RecordReader;
import org.saydo.store.StoredEvent;

/**
 * The JSON and CSV forms of what the service returns. Events are {@link EventJson}'s objects (the same fields
 * as {@code saydo events --json}) plus the sentence and trigger offsets the document view highlights.
 * Stateless, thread-safe.
 */
final class Views {

    static final ObjectMapper JSON = new ObjectMapper();

    private Views() {
    }

    static ObjectNode event(RecordReader.EventRow row) {
        ObjectNode o = EventJson.toJson(row.event());
        o.put("sentence_start", row.sentenceStart());
        o.put("sentence_end", row.sentenceEnd());
        o.put("trigger_start", row.triggerStart());
        o.put("trigger_end", row.triggerEnd());
        return o;
    }

    static ObjectNode quote(RecordReader.QuoteRow q) {
        ObjectNode o = JSON.createObjectNode();
        o.put("kind", "quote");
        o.put("id", q.id());
        o.set("speaker", actor(q.speaker()));
        o.set("target", actor(q.target()));
        o.put("quote", q.quote());
        o.put("direct", q.direct());
        o.put("verb", q.verb());
        o.put("cameo", q.cameo());
        o.put("modality", q.modality().label());
        o.put("date", q.date() == null ? null : q.date().toString());
        o.put("date_basis", q.dateBasis());
        o.put("doc_id", q.docId());
        o.put("doc", q.doc());
        o.put("sentence", q.sentence());
        o.put("sentence_start", q.sentenceStart());
        o.put("sentence_end", q.sentenceEnd());
        o.put("start", q.start());
        o.put("end", q.end());
        o.put("trigger", q.trigger());
        o.put("trigger_start", q.triggerStart());
        o.put("trigger_end", q.triggerEnd());
        o.put("text", q.text());
        return o;
    }

    static ObjectNode document(RecordReader.DocumentView v) {
        Document d = v.document();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", d.id());
        o.put("source", d.source());
        o.put("url", d.url());
        o.put("outlet", d.outlet());
        o.put("title", d.title());
        o.put("published", d.published() == null ? null : d.published().toString());
        o.put("text", d.text());
        ArrayNode events = o.putArray("events");
        v.events().forEach(e -> events.add(event(e)));
        ArrayNode quotes = o.putArray("quotes");
        v.quotes().forEach(q -> quotes.add(quote(q)));
        return o;
    }

    static ObjectNode hit(SearchIndex.Hit h) {
        ObjectNode o = JSON.createObjectNode();
        o.put("doc_id", h.docId());
        o.put("title", h.title());
        o.put("outlet", h.outlet());
        o.put("published", h.published() == null ? null : h.published().toString());
        o.put("start", h.start());
        o.put("end", h.end());
        o.put("text", h.text());
        ArrayNode actors = o.putArray("actors");
        h.actors().forEach(actors::add);
        o.put("score", h.score());
        return o;
    }

    static ObjectNode summary(RecordService.ActorProfile p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("code", p.code());
        o.put("events", p.events());
        ArrayNode quads = o.putArray("quads");
        for (RecordReader.QuadCount q : p.quads()) {
            ObjectNode n = quads.addObject();
            n.put("quad", q.quad());
            n.put("name", quadName(q.quad()));
            n.put("events", q.events());
        }
        ArrayNode events = o.putArray("top_events");
        p.topEvents().forEach(e -> events.add(event(e)));
        ArrayNode quotes = o.putArray("top_quotes");
        p.topQuotes().forEach(q -> quotes.add(quote(q)));
        return o;
    }

    static ObjectNode week(RecordReader.Week w) {
        ObjectNode o = JSON.createObjectNode();
        o.put("week", w.week().toString());
        o.put("verbal_mean_goldstein", w.verbalMean());
        o.put("verbal_events", w.verbal());
        o.put("material_mean_goldstein", w.materialMean());
        o.put("material_events", w.material());
        return o;
    }

    static ObjectNode dyadWeek(RecordReader.DyadWeek w) {
        ObjectNode o = JSON.createObjectNode();
        o.put("week", w.week().toString());
        for (int q = 1; q <= 4; q++) {
            o.put("quad" + q, w.byQuad().get(q - 1));
        }
        return o;
    }

    static ObjectNode dyad(RecordReader.Dyad d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", d.source());
        o.put("target", d.target());
        o.put("events", d.events());
        return o;
    }

    /** A list as {@code {"items": [...], "next_cursor": ...}}. */
    /**
     * A page of a list endpoint: its items and the cursor of the next page (null on the last). The OpenAPI
     * document's schema of a page is this record.
     */
    record Page(@OpenApiRequired List<Object> items, String next_cursor) {
    }

    /** A page of search hits: {@link Page} and the number of matching sentences. */
    record Hits(@OpenApiRequired List<Object> items, String next_cursor, long total) {
    }

    static <T> ObjectNode list(List<T> items, Function<T, ObjectNode> view, Cursor next) {
        return JSON.valueToTree(new Page(items(items, view), token(next)));
    }

    static <T> ObjectNode hits(List<T> items, Function<T, ObjectNode> view, Cursor next, long total) {
        return JSON.valueToTree(new Hits(items(items, view), token(next), total));
    }

    private static <T> List<Object> items(List<T> items, Function<T, ObjectNode> view) {
        List<Object> out = new ArrayList<>(items.size());
        items.forEach(i -> out.add(view.apply(i)));
        return out;
    }

    private static String token(Cursor next) {
        return next == null ? null : next.token();
    }

    static String quadName(int quad) {
        return switch (quad) {
            case 1 -> "verbal cooperation";
            case 2 -> "material cooperation";
            case 3 -> "verbal conflict";
            case 4 -> "material conflict";
            default -> "unknown";
        };
    }

    private static ObjectNode actor(ActorRef a) {
        if (a == null) {
            return null;
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("code", a.code());
        o.put("name", a.name());
        o.put("text", a.text());
        return o;
    }

    // ---------------------------------------------------------------- CSV (RFC 4180)

    static final List<String> EVENT_COLUMNS = List.of("event_key", "date", "source", "target", "cameo", "cameo_name",
            "quad", "goldstein", "modality", "reports", "sources", "outlets", "doc_id", "sentence", "start", "end", "trigger",
            "text");

    static List<Object> eventCells(RecordReader.EventRow row) {
        StoredEvent e = row.event();
        return cells(e.eventKey(), e.date(), code(e.source()), code(e.target()), e.cameo(), e.cameoName(), e.quad(),
                e.goldstein(), e.modality().label(), e.reports(), e.sources(), String.join(";", e.outlets()), e.docId(),
                e.sentence(), e.start(), e.end(), e.trigger(), e.text());
    }

    static final List<String> QUOTE_COLUMNS = List.of("id", "date", "speaker", "target", "quote", "direct", "verb",
            "cameo", "modality", "doc_id", "sentence", "start", "end", "text");

    static List<Object> quoteCells(RecordReader.QuoteRow q) {
        return cells(q.id(), q.date(), code(q.speaker()), code(q.target()), q.quote(), q.direct(), q.verb(), q.cameo(),
                q.modality().label(), q.docId(), q.sentence(), q.start(), q.end(), q.text());
    }

    static final List<String> HIT_COLUMNS = List.of("doc_id", "title", "outlet", "published", "start", "end",
            "actors", "score", "text");

    static List<Object> hitCells(SearchIndex.Hit h) {
        return cells(h.docId(), h.title(), h.outlet(), h.published(), h.start(), h.end(), String.join(";", h.actors()),
                h.score(), h.text());
    }

    static final List<String> DYAD_COLUMNS = List.of("source", "target", "events");

    static List<Object> dyadCells(RecordReader.Dyad d) {
        return cells(d.source(), d.target(), d.events());
    }

    static final List<String> WEEK_COLUMNS = List.of("week", "verbal_mean_goldstein", "verbal_events",
            "material_mean_goldstein", "material_events");

    static List<Object> weekCells(RecordReader.Week w) {
        return cells(w.week(), w.verbalMean(), w.verbal(), w.materialMean(), w.material());
    }

    static final List<String> DYAD_WEEK_COLUMNS = List.of("week", "quad1", "quad2", "quad3", "quad4");

    static List<Object> dyadWeekCells(RecordReader.DyadWeek w) {
        return cells(w.week(), w.byQuad().get(0), w.byQuad().get(1), w.byQuad().get(2), w.byQuad().get(3));
    }

    /** A CSV document: a header line and one line per row ({@link CsvRows}: RFC 4180, CRLF line ends). */
    static <T> String csv(List<String> header, List<T> rows, Function<T, List<Object>> cells) {
        List<List<?>> lines = new ArrayList<>(rows.size() + 1);
        lines.add(header);
        for (T row : rows) {
            lines.add(cells.apply(row));
        }
        return CsvRows.of(lines);
    }

    private static List<Object> cells(Object... values) {
        List<Object> list = new ArrayList<>(values.length);
        for (Object v : values) {
            list.add(v);
        }
        return list;
    }

    private static String code(ActorRef a) {
        return a == null ? null : a.code();
    }
}
