package org.saydo.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.saydo.store.LinkRule;

/**
 * Event linking of one block of events ({@link LinkRule#block}): events are taken in reading order (file, place
 * in the file, place in the document), as {@code saydo ingest} writes them, and each joins the key the store's
 * rule chooses ({@link LinkRule#choose}: linked, closest in date, then the oldest) or starts a key of its own.
 * A key is named by the id of its first event. Only keys dated within the tolerance are offered to the rule, as
 * the store's query does. Stateless.
 */
final class Linking {

    /** Reading order of events. */
    static final Comparator<Coded.Mention> READING_ORDER = Comparator.comparing(Coded.Mention::file)
            .thenComparingInt(Coded.Mention::index).thenComparingInt(Coded.Mention::place);

    private Linking() {
    }

    /**
     * An event and the key it joined.
     *
     * @param eventId the event
     * @param eventKey the id of the key's first event
     */
    record Linked(String eventId, String eventKey) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Links the events of one block; returns one entry per event. */
    static List<Linked> link(LinkRule rule, Iterable<Coded.Mention> block) {
        Objects.requireNonNull(rule, "rule");
        List<Coded.Mention> events = new ArrayList<>();
        block.forEach(events::add);
        events.sort(READING_ORDER);
        List<LinkRule.Anchor> keys = new ArrayList<>();
        List<String> keyIds = new ArrayList<>();
        NavigableMap<java.time.LocalDate, List<Integer>> byDate = new TreeMap<>();
        List<Linked> out = new ArrayList<>(events.size());
        for (Coded.Mention m : events) {
            LinkRule.Anchor anchor = m.anchor();
            int chosen = -1;
            if (anchor.date() != null) {
                List<Integer> near = new ArrayList<>();
                for (Map.Entry<java.time.LocalDate, List<Integer>> e : byDate.subMap(
                        anchor.date().minusDays(rule.mergeDays()), true, anchor.date().plusDays(rule.mergeDays()), true)
                        .entrySet()) {
                    near.addAll(e.getValue());
                }
                near.sort(null);
                List<LinkRule.Anchor> candidates = new ArrayList<>(near.size());
                near.forEach(i -> candidates.add(keys.get(i)));
                int best = rule.choose(anchor, candidates);
                chosen = best < 0 ? -1 : near.get(best);
            }
            if (chosen < 0) {
                chosen = keys.size();
                keys.add(anchor);
                keyIds.add(m.eventId());
                if (anchor.date() != null) {
                    byDate.computeIfAbsent(anchor.date(), d -> new ArrayList<>()).add(chosen);
                }
            }
            out.add(new Linked(m.eventId(), keyIds.get(chosen)));
        }
        return out;
    }
}
