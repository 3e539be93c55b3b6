package org.saydo.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saydo.record.Modality;

/**
 * A question to the record: which events (event keys, not reports) match. Every field is optional (null or
 * empty means no filter). An event key matches when one of its reports' events matches all of the actor,
 * target, code, date, modality and origin filters, and, with {@code outlet}, one of its reports comes from that
 * outlet. Immutable.
 *
 * @param actor source actor code prefix ({@code RUS} matches {@code RUS}, {@code RUSGOV}, {@code RUSMIL})
 * @param target target actor code prefix
 * @param cameo CAMEO code prefix ({@code 04} matches {@code 040}, {@code 043}, {@code 0431})
 * @param from first event date, inclusive
 * @param to last event date, inclusive
 * @param modalities the modalities to keep; empty for all
 * @param outlet an outlet that must be among the reports' outlets (exact name)
 * @param origin {@code saydo} or {@code gdelt}, or null for both
 * @param limit the most rows to return, or 0 for all
 */
public record EventQuery(String actor, String target, String cameo, LocalDate from, LocalDate to,
        Set<Modality> modalities, String outlet, String origin, int limit) {

    public EventQuery {
        modalities = modalities == null ? Set.of() : Set.copyOf(modalities);
        if (limit < 0) {
            throw new IllegalArgumentException("limit < 0: " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        if (cameo != null && !cameo.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("not a CAMEO code prefix: '" + cameo + "'");
        }
        if (origin != null && !origin.equals("saydo") && !origin.equals("gdelt")) {
            throw new IllegalArgumentException("unknown origin '" + origin + "' (expected saydo or gdelt)");
        }
    }

    /** All events. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, Set.of(), null, null, 0);
    }

    public EventQuery withActor(String code) {
        return new EventQuery(code, target, cameo, from, to, modalities, outlet, origin, limit);
    }

    public EventQuery withTarget(String code) {
        return new EventQuery(actor, code, cameo, from, to, modalities, outlet, origin, limit);
    }

    public EventQuery withCameo(String prefix) {
        return new EventQuery(actor, target, prefix, from, to, modalities, outlet, origin, limit);
    }

    public EventQuery withDates(LocalDate first, LocalDate last) {
        return new EventQuery(actor, target, cameo, first, last, modalities, outlet, origin, limit);
    }

    public EventQuery withModalities(Set<Modality> kept) {
        return new EventQuery(actor, target, cameo, from, to, Objects.requireNonNull(kept, "kept"), outlet, origin,
                limit);
    }

    public EventQuery withOutlet(String name) {
        return new EventQuery(actor, target, cameo, from, to, modalities, name, origin, limit);
    }

    public EventQuery withOrigin(String name) {
        return new EventQuery(actor, target, cameo, from, to, modalities, outlet, name, limit);
    }

    public EventQuery withLimit(int rows) {
        return new EventQuery(actor, target, cameo, from, to, modalities, outlet, origin, rows);
    }

    /**
     * The query's filters as SQL conditions on the {@code events} table aliased {@code e}; every value goes to
     * {@code params}, in the order of the conditions, never into the text. The limit is not included.
     */
    public List<String> conditions(List<Object> params) {
        Objects.requireNonNull(params, "params");
        List<String> where = new ArrayList<>();
        if (actor != null) {
            where.add("starts_with(e.source_code, ?)");
            params.add(actor);
        }
        if (target != null) {
            where.add("starts_with(e.target_code, ?)");
            params.add(target);
        }
        if (cameo != null) {
            where.add("starts_with(e.cameo, ?)");
            params.add(cameo);
        }
        if (from != null) {
            where.add("e.event_date >= ?");
            params.add(from);
        }
        if (to != null) {
            where.add("e.event_date <= ?");
            params.add(to);
        }
        if (!modalities.isEmpty()) {
            where.add("e.modality IN (" + String.join(", ", modalities.stream().map(m -> "?").toList()) + ")");
            modalities.stream().map(Modality::label).sorted().forEach(params::add);
        }
        if (origin != null) {
            where.add("e.origin = ?");
            params.add(origin);
        }
        if (outlet != null) {
            where.add("e.event_key IN (SELECT event_key FROM reports WHERE outlet = ?)");
            params.add(outlet);
        }
        return where;
    }
}
