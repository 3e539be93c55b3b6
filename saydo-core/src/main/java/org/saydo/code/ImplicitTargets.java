package org.saydo.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saydo.record.ActorRef;
import org.saydo.record.Event;
import org.saydo.record.Provenance;

/**
 * Gives an act done to someone that names no target the target the report's context leaves implicit: the other
 * side of the report's conflict from the act's source (see {@code targets.txt} for the rule and the codes).
 * Runs once per document, after every sentence is coded, so that the sides are those of the whole report.
 * Immutable and thread-safe.
 */
final class ImplicitTargets {

    /** What the rule adds to an event's provenance rule. */
    static final String RULE = " + implicit target: other side";

    private static final ImplicitTargets DEFAULTS = of(CueFile.resource("targets.txt", Set.of("takes")));

    private final Set<String> codes;

    private ImplicitTargets(Set<String> codes) {
        this.codes = Set.copyOf(codes);
    }

    /** The codes shipped with Saydo. */
    static ImplicitTargets defaults() {
        return DEFAULTS;
    }

    static ImplicitTargets of(CueFile file) {
        Set<String> codes = new HashSet<>();
        for (CueFile.Cue c : file.of("takes")) {
            for (String code : c.value().strip().split("\\s+")) {
                if (!code.matches("\\d{2,4}")) {
                    String where = c.where();
                    throw new org.saydo.dict.DictionaryFormatException(file.name(),
                            Integer.parseInt(where.substring(where.lastIndexOf(':') + 1)),
                            "not a CAMEO code: '" + code + "'");
                }
                codes.add(code);
            }
        }
        return new ImplicitTargets(codes);
    }

    /** Whether an act of this CAMEO code is done to someone. */
    boolean takesTarget(String cameo) {
        for (int n = 2; n <= cameo.length(); n++) {
            if (codes.contains(cameo.substring(0, n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The events with the implicit targets filled in, in the same order. An event whose filled-in form another
     * event of its sentence already states (same parties, same code) is dropped.
     *
     * @param sides the two sides of the report's conflict, or an empty list when it has fewer than two
     */
    List<Event> fill(List<Event> events, List<ActorRef> sides) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(sides, "sides");
        if (sides.size() != 2) {
            return events;
        }
        Set<String> told = new HashSet<>();
        for (Event e : events) {
            told.add(key(e.source(), e.target(), e));
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            ActorRef other = e.target() == null && takesTarget(e.cameo()) ? otherSide(sides, e.source()) : null;
            if (other == null) {
                out.add(e);
            } else if (told.add(key(e.source(), other, e))) {
                Provenance p = e.provenance();
                Provenance q = new Provenance(p.docId(), p.doc(), p.sentence(), p.sentenceStart(),
                        p.sentenceEnd(), p.start(), p.end(), p.trigger(), p.triggerStart(), p.triggerEnd(),
                        p.rule() + RULE, p.pipeline());
                out.add(new Event(e.source(), other, e.cameo(), e.modality(), e.reportedBy(), e.date(),
                        e.dateBasis(), e.dateText(), e.text(), q, e.judge()));
            }
        }
        return out;
    }

    private static ActorRef otherSide(List<ActorRef> sides, ActorRef source) {
        String own = Discourse.primary(source.code());
        for (int i = 0; i < 2; i++) {
            if (Discourse.primary(sides.get(i).code()).equals(own)) {
                return sides.get(1 - i);
            }
        }
        return null;
    }

    private static String key(ActorRef source, ActorRef target, Event e) {
        return e.provenance().sentence() + "|" + source.code() + "|" + (target == null ? "" : target.code()) + "|"
                + e.cameo();
    }
}
