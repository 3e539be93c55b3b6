package org.saydo.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.saydo.record.ActorRef;

/**
 * The JSON form of a stored event, one object per line: the coder's event fields ({@code kind, doc, sentence,
 * start, end, text, trigger, rule, source, target, cameo, cameo_name, plover, plover_mode, quad, goldstein,
 * modality, date, date_basis}) and the record's ({@code reports, sources, outlets, event_key, origin, globaleventid,
 * doc_id, url, pipeline, reported_by}). Absent values are {@code null}. Thread-safe.
 */
public final class EventJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    /** The JSON object of one event. */
    public static ObjectNode toJson(StoredEvent e) {
        Objects.requireNonNull(e, "e");
        ObjectNode o = JSON.createObjectNode();
        o.put("kind", "event");
        o.put("doc", e.doc());
        o.put("sentence", e.sentence());
        o.put("start", e.start());
        o.put("end", e.end());
        o.put("text", e.text());
        o.put("trigger", e.trigger());
        o.put("rule", e.rule());
        o.set("source", actor(e.source()));
        o.set("target", actor(e.target()));
        o.put("cameo", e.cameo());
        o.put("cameo_name", e.cameoName());
        o.put("plover", e.ploverType());
        o.put("plover_mode", e.ploverMode());
        o.put("quad", e.quad());
        o.put("goldstein", e.goldstein());
        o.put("modality", e.modality().label());
        o.put("date", e.date() == null ? null : e.date().toString());
        o.put("date_basis", e.dateBasis() == null ? null : e.dateBasis().label());
        o.put("reports", e.reports());
        o.put("sources", e.sources());
        ArrayNode outlets = o.putArray("outlets");
        e.outlets().forEach(outlets::add);
        o.put("event_key", e.eventKey());
        o.put("origin", e.origin());
        o.put("globaleventid", e.globalEventId());
        o.put("doc_id", e.docId());
        o.put("url", e.url());
        o.put("pipeline", e.pipeline());
        o.set("reported_by", actor(e.reportedBy()));
        return o;
    }

    /** One line of JSON Lines, without the line end. */
    public static String line(StoredEvent e) {
        try {
            return JSON.writeValueAsString(toJson(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write JSON for event " + e.eventKey(), ex);
        }
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
}
