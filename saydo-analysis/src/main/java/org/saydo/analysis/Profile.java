package org.saydo.analysis;

import java.util.List;
import java.util.Objects;
import org.saydo.store.Evidence;
import org.saydo.store.RecordReader;

/**
 * One actor's page: gap table, around-talks summary against its most frequent talk partner, ledger, top quotes
 * and top events. Stateless; thread-safe.
 */
public final class Profile {

    /**
     * What to compute.
     *
     * @param actor the actor (code prefix)
     * @param period gap periods
     * @param window around-talks window in days
     * @param horizon ledger horizon in days
     * @param permutations around-talks permutations
     * @param seed around-talks seed
     * @param top how many quotes and events to list
     */
    public record Request(String actor, Period period, int window, int horizon, int permutations, long seed, int top) {
        public Request {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(period, "period");
            if (actor.isBlank()) {
                throw new IllegalArgumentException("actor is blank");
            }
            if (top < 0) {
                throw new IllegalArgumentException("top < 0: " + top);
            }
        }

        public static Request of(String actor) {
            return new Request(actor, Period.WEEK, 3, 30, 10_000, 42, 10);
        }
    }

    /**
     * The page.
     *
     * @param request what was asked
     * @param gap the gap table
     * @param partner the actor's most frequent talk partner (3-letter code), or null when it has no talks
     * @param around around talks with that partner, or null
     * @param ledger the ledger
     * @param topQuotes the actor's quotes, most repeated first, then most recent
     * @param topEvents the actor's events, most reported first, then most recent
     */
    public record Result(Request request, GapAnalysis.Result gap, String partner, AroundTalks.Result around,
            Ledger.Result ledger, List<Evidence> topQuotes, List<Evidence> topEvents) {
        public Result {
            topQuotes = List.copyOf(topQuotes);
            topEvents = List.copyOf(topEvents);
        }
    }

    private final RecordReader reader;

    public Profile(RecordReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Builds the page. Throws {@link org.saydo.store.StoreException} when the record cannot be read. */
    public Result run(Request q) {
        Objects.requireNonNull(q, "q");
        GapAnalysis.Result gap = new GapAnalysis(reader).run(new GapAnalysis.Request(q.actor(), null, q.period(), null,
                null, 3, false));
        String partner = partner(q.actor());
        AroundTalks.Result around = partner == null ? null : new AroundTalks(reader).run(new AroundTalks.Request(
                List.of(q.actor(), partner), q.actor(), q.window(), null, null, q.permutations(), q.seed(), false));
        Ledger.Result ledger = new Ledger(reader).run(new Ledger.Request(q.actor(), q.horizon(), null, null, null));
        List<Long> quoteIds = reader.mostRepeatedQuotes(q.actor(), q.top());
        List<Long> eventKeys = reader.mostReportedEvents(q.actor(), q.top());
        List<Evidence> quotes = ordered(reader.evidence(List.of(), quoteIds), quoteIds, true);
        List<Evidence> events = ordered(reader.evidence(eventKeys, List.of()), eventKeys, false);
        return new Result(q, gap, partner, around, ledger, quotes, events);
    }

    /** The 3-letter code most often on the other side of the actor's diplomatic events (03x–05x), or null. */
    String partner(String actor) {
        return reader.talkPartner(actor);
    }

    private static List<Evidence> ordered(List<Evidence> evidence, List<Long> order, boolean quotes) {
        var byId = GapAnalysis.index(evidence);
        return order.stream().map(id -> byId.get((quotes ? "q" : "e") + id)).filter(Objects::nonNull).toList();
    }
}
