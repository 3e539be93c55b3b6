package org.saydo.narratives;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.saydo.record.ActorRef;

/**
 * The JSON Lines form of {@link DocumentLabels}: {@code {"doc", "narratives", "subnarratives", "evidence":
 * [{"label", "sentence", "start", "end", "text", "score", "speaker": {code, name, text} or null}], "model"}}.
 * Scores are rounded to three decimals. Thread-safe.
 */
public final class NarrativeJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NarrativeJson() {
    }

    /** The document as a JSON object. */
    public static ObjectNode object(DocumentLabels d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("doc", d.doc());
        ArrayNode n = o.putArray("narratives");
        d.narratives().forEach(n::add);
        ArrayNode s = o.putArray("subnarratives");
        d.subnarratives().forEach(s::add);
        ArrayNode ev = o.putArray("evidence");
        for (Evidence e : d.evidence()) {
            ObjectNode x = ev.addObject();
            x.put("label", e.label());
            x.put("sentence", e.sentence());
            x.put("start", e.start());
            x.put("end", e.end());
            x.put("text", e.text());
            x.put("score", BigDecimal.valueOf(e.score()).setScale(3, RoundingMode.HALF_UP));
            ActorRef who = e.speaker();
            if (who == null) {
                x.putNull("speaker");
            } else {
                x.putObject("speaker").put("code", who.code()).put("name", who.name()).put("text", who.text());
            }
        }
        o.put("model", d.model());
        return o;
    }

    /** The document as one line of JSON. */
    public static String line(DocumentLabels d) {
        try {
            return JSON.writeValueAsString(object(d));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
