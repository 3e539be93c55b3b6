package org.saydo.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.saydo.Version;
import org.saydo.ontology.CameoCode;
import org.saydo.ontology.CameoOntology;

/**
 * Events and quotes as JSON objects: the one definition of the JSON Lines schema documented in the README.
 * Thread-safe.
 */
public final class RecordJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final CameoOntology ontology;

    public RecordJson(CameoOntology ontology) {
        this.ontology = Objects.requireNonNull(ontology, "ontology");
    }

    public ObjectNode event(Event e) {
        ObjectNode o = common("event", e.provenance(), e.text());
        o.set("source", actor(e.source()));
        o.set("target", actor(e.target()));
        code(o, e.cameo());
        o.put("modality", e.modality().label());
        o.set("reported_by", actor(e.reportedBy()));
        dates(o, e.date(), e.dateBasis(), e.dateText());
        o.set("judge", judge(e.judge()));
        return o;
    }

    public ObjectNode quote(Quote q) {
        ObjectNode o = common("quote", q.provenance(), q.text());
        o.set("source", actor(q.speaker()));
        o.set("target", actor(q.target()));
        code(o, q.cameo());
        o.put("modality", q.modality().label());
        dates(o, q.date(), q.dateBasis(), q.dateText());
        o.set("speaker", actor(q.speaker()));
        o.put("quote", q.quote());
        o.put("direct", q.direct());
        o.put("verb", q.verb());
        return o;
    }

    public String line(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private ObjectNode common(String kind, Provenance p, String text) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", kind);
        o.put("doc", p.doc());
        o.put("doc_id", p.docId());
        o.put("sentence", p.sentence());
        o.put("start", p.start());
        o.put("end", p.end());
        o.put("sentence_start", p.sentenceStart());
        o.put("sentence_end", p.sentenceEnd());
        o.put("text", text);
        o.put("trigger", p.trigger());
        o.put("trigger_start", p.triggerStart());
        o.put("trigger_end", p.triggerEnd());
        o.put("rule", p.rule());
        o.put("pipeline", p.pipeline());
        o.put("format", Version.FORMAT);
        return o;
    }

    private void code(ObjectNode o, String cameo) {
        CameoCode c = ontology.get(cameo);
        o.put("cameo", c.code());
        o.put("cameo_name", c.name());
        o.put("plover", c.ploverType());
        o.put("plover_mode", c.ploverMode());
        o.put("quad", c.quad());
        o.put("goldstein", c.goldstein());
    }

    private static void dates(ObjectNode o, java.time.LocalDate date, DateBasis basis, String dateText) {
        o.put("date", date == null ? null : date.toString());
        o.put("date_basis", basis.label());
        o.put("date_text", dateText);
    }

    private static ObjectNode judge(Judgement j) {
        if (j == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("verdict", j.verdict());
        o.put("score", Math.round(j.score() * 1000) / 1000.0);
        o.put("model", j.model());
        return o;
    }

    private static ObjectNode actor(ActorRef a) {
        if (a == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", a.code());
        o.put("name", a.name());
        o.put("text", a.text());
        return o;
    }
}
