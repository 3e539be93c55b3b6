package org.saydo.analysis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One actor's page: gap table, around-talks summary against its most frequent talk partner, ledger, top quotes
 * and top events. Stateless; thread-safe if the reader is used by one thread at a time.
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
        List<Long> quoteIds = ids("SELECT min(id) AS id, count(DISTINCT doc_id) AS n, max(quote_date) AS d FROM quotes "
                + "WHERE starts_with(speaker_code, ?) GROUP BY speaker_code, lower(trim(quote)) ORDER BY n DESC, "
                + "d DESC NULLS LAST, id LIMIT ?", q.actor(), q.top());
        List<Long> eventKeys = ids("SELECT e.event_key, (SELECT count(*) FROM reports r WHERE r.event_key = e.event_key) "
                + "AS n, max(e.event_date) AS d FROM events e WHERE starts_with(e.source_code, ?) GROUP BY e.event_key "
                + "ORDER BY n DESC, d DESC NULLS LAST, e.event_key LIMIT ?", q.actor(), q.top());
        List<Evidence> quotes = ordered(reader.evidence(List.of(), quoteIds), quoteIds, true);
        List<Evidence> events = ordered(reader.evidence(eventKeys, List.of()), eventKeys, false);
        return new Result(q, gap, partner, around, ledger, quotes, events);
    }

    /** The 3-letter code most often on the other side of the actor's diplomatic events (03x–05x), or null. */
    String partner(String actor) {
        String sql = "SELECT substr(other, 1, 3) AS p, count(DISTINCT event_key) AS n FROM (SELECT event_key, "
                + "CASE WHEN starts_with(source_code, ?) THEN target_code ELSE source_code END AS other FROM events "
                + "WHERE (starts_with(source_code, ?) OR starts_with(target_code, ?)) AND cameo_root IN "
                + AroundTalks.TALK_ROOTS + " AND modality IN ('asserted', 'reported')) WHERE other IS NOT NULL AND "
                + "length(other) >= 3 AND NOT starts_with(other, substr(?, 1, 3)) GROUP BY p ORDER BY n DESC, p LIMIT 1";
        try (PreparedStatement s = reader.connection().prepareStatement(sql)) {
            RecordReader.bind(s, List.of(actor, actor, actor, actor));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw reader.failure(e);
        }
    }

    private List<Long> ids(String sql, String actor, int limit) {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement s = reader.connection().prepareStatement(sql)) {
            RecordReader.bind(s, List.of(actor, limit));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw reader.failure(e);
        }
        return out;
    }

    private static List<Evidence> ordered(List<Evidence> evidence, List<Long> order, boolean quotes) {
        var byId = GapAnalysis.index(evidence);
        return order.stream().map(id -> byId.get((quotes ? "q" : "e") + id)).filter(Objects::nonNull).toList();
    }
}
