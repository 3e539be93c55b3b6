package org.saydo.analysis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The say–do gap of an actor per period: counts and mean Goldstein of its words and of its deeds, their
 * difference, and the pairs of a cooperative word and a hostile deed toward the same target that contradict each
 * other most. Formulas: {@code saydo-analysis/README.md}. Aggregation runs in SQL. Stateless; thread-safe if the
 * reader is used by one thread at a time.
 */
public final class GapAnalysis {

    /**
     * What to compute.
     *
     * @param actor source actor code prefix (required; {@code RUS} covers {@code RUSGOV})
     * @param target target actor code prefix, or null for all targets
     * @param period the period length
     * @param from first date, inclusive, or null
     * @param to last date, inclusive, or null
     * @param pairs the most contradicting pairs to keep per period (0 for none)
     * @param evidence whether to attach the events and quotes behind each period's figures
     * @param minSources count only events (and quotes) carried by at least this many independent sources: distinct
     *                   syndication clusters or distinct publishers among their reports, whichever is fewer (1: all)
     */
    public record Request(String actor, String target, Period period, LocalDate from, LocalDate to, int pairs,
            boolean evidence, int minSources) {

        /** A request that counts every act, whatever its sources. */
        public Request(String actor, String target, Period period, LocalDate from, LocalDate to, int pairs,
                boolean evidence) {
            this(actor, target, period, from, to, pairs, evidence, 1);
        }

        public Request {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(period, "period");
            if (actor.isBlank()) {
                throw new IllegalArgumentException("actor is blank");
            }
            if (from != null && to != null && from.isAfter(to)) {
                throw new IllegalArgumentException("from " + from + " is after to " + to);
            }
            if (pairs < 0) {
                throw new IllegalArgumentException("pairs < 0: " + pairs);
            }
            if (minSources < 1) {
                throw new IllegalArgumentException("minSources < 1: " + minSources);
            }
        }

        /** A request with the defaults: all targets, by week, all dates, 3 pairs per period, no evidence. */
        public static Request of(String actor) {
            return new Request(actor, null, Period.WEEK, null, null, 3, false);
        }
    }

    /**
     * One period's figures (or the whole range's, with {@code period} null).
     *
     * @param period the period's first day, or null for the total row
     * @param verbalCooperation words of QuadClass 1
     * @param verbalConflict words of QuadClass 3
     * @param words all words
     * @param wordsGoldstein mean Goldstein of the words with a weight, or null when there are none
     * @param materialCooperation deeds of QuadClass 2
     * @param materialConflict deeds of QuadClass 4
     * @param deeds all deeds
     * @param deedsGoldstein mean Goldstein of the deeds with a weight, or null
     * @param gap {@code wordsGoldstein - deedsGoldstein}, or null when either is null
     * @param evidence the events and quotes counted (only when asked for)
     */
    public record Row(LocalDate period, long verbalCooperation, long verbalConflict, long words, Double wordsGoldstein,
            long materialCooperation, long materialConflict, long deeds, Double deedsGoldstein, Double gap,
            List<Evidence> evidence) {

        public Row {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * A cooperative word and a hostile deed toward the same target in one period.
     *
     * @param period the period's first day
     * @param word the word (Goldstein > 0)
     * @param deed the deed (Goldstein < 0)
     * @param difference {@code word.goldstein - deed.goldstein}
     */
    public record Pair(LocalDate period, Evidence word, Evidence deed, double difference) {
    }

    /**
     * The gap table.
     *
     * @param request what was asked
     * @param periods one row per period with at least one word or deed, in date order
     * @param total the same figures over the whole range
     * @param pairs the most contradicting pairs, by period, then by difference (largest first)
     */
    public record Result(Request request, List<Row> periods, Row total, List<Pair> pairs) {

        public Result {
            periods = List.copyOf(periods);
            pairs = List.copyOf(pairs);
        }
    }

    private final RecordReader reader;

    public GapAnalysis(RecordReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Computes the gap table. Throws {@link org.saydo.store.StoreException} when the record cannot be read. */
    public Result run(Request q) {
        Objects.requireNonNull(q, "q");
        RecordReader.Filter f = new RecordReader.Filter(q.actor(), q.target(), q.from(), q.to(), q.minSources());
        String trunc = "date_trunc('" + q.period().label() + "', d)::DATE";
        List<Object> params = new ArrayList<>();
        String acts = RecordReader.acts(f, params, true);
        String sql = "WITH a AS (" + acts + ") SELECT CASE WHEN grouping(p) = 1 THEN NULL ELSE p END, "
                + "count(*) FILTER (WHERE quad = 1), count(*) FILTER (WHERE quad = 3), "
                + "count(*) FILTER (WHERE kind = 'word'), avg(g::DECIMAL(9,2)) FILTER (WHERE kind = 'word'), "
                + "count(*) FILTER (WHERE quad = 2), count(*) FILTER (WHERE quad = 4), "
                + "count(*) FILTER (WHERE kind = 'deed'), avg(g::DECIMAL(9,2)) FILTER (WHERE kind = 'deed'), grouping(p) "
                + "FROM (SELECT *, " + trunc + " AS p FROM a) GROUP BY GROUPING SETS ((p), ()) ORDER BY grouping(p), p";
        List<Row> rows = new ArrayList<>();
        Row total = null;
        Map<LocalDate, List<Evidence>> evidence = q.evidence() ? evidence(q, f, trunc) : Map.of();
        try (PreparedStatement s = reader.connection().prepareStatement(sql)) {
            RecordReader.bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    LocalDate p = rs.getObject(1, LocalDate.class);
                    Double wg = (Double) rs.getObject(5);
                    Double dg = (Double) rs.getObject(9);
                    List<Evidence> ev = p == null ? List.of() : evidence.getOrDefault(p, List.of());
                    Row row = new Row(p, rs.getLong(2), rs.getLong(3), rs.getLong(4), wg, rs.getLong(6), rs.getLong(7),
                            rs.getLong(8), dg, wg == null || dg == null ? null : wg - dg, ev);
                    if (rs.getInt(10) == 1) {
                        total = row;
                    } else {
                        rows.add(row);
                    }
                }
            }
        } catch (SQLException e) {
            throw reader.failure(e);
        }
        if (total == null) {
            total = new Row(null, 0, 0, 0, null, 0, 0, 0, null, null, List.of());
        }
        return new Result(q, rows, total, q.pairs() == 0 ? List.of() : pairs(q, f, trunc));
    }

    private List<Pair> pairs(Request q, RecordReader.Filter f, String trunc) {
        List<Object> params = new ArrayList<>();
        String acts = RecordReader.acts(f, params, true);
        int k = q.pairs();
        // The top k words per (period, target) and the bottom k deeds per (period, target) contain every pair of
        // the top k per period: a pair outside them is beaten by k pairs inside.
        String sql = "WITH a AS MATERIALIZED (SELECT *, " + trunc + " AS p FROM (" + acts + ") WHERE target IS NOT NULL), "
                + "w AS (SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY p, target ORDER BY g DESC, d, "
                + "event_key, qid) AS rk FROM a WHERE kind = 'word' AND g > 0) WHERE rk <= " + k + "), "
                + "x AS (SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY p, target ORDER BY g, d, "
                + "event_key) AS rk FROM a WHERE kind = 'deed' AND g < 0) WHERE rk <= " + k + "), "
                + "j AS (SELECT w.p, w.event_key AS wk, w.qid AS wq, x.event_key AS xk, w.g - x.g AS diff, "
                + "row_number() OVER (PARTITION BY w.p ORDER BY w.g - x.g DESC, w.d, x.d, w.event_key, w.qid, "
                + "x.event_key) AS rk FROM w JOIN x ON w.p = x.p AND (starts_with(w.target, x.target) OR "
                + "starts_with(x.target, w.target))) SELECT p, wk, wq, xk, diff FROM j WHERE rk <= " + k
                + " ORDER BY p, rk";
        record Raw(LocalDate p, Long wk, Long wq, long xk, double diff) {
        }
        List<Raw> raws = new ArrayList<>();
        try (PreparedStatement s = reader.connection().prepareStatement(sql)) {
            RecordReader.bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    raws.add(new Raw(rs.getObject(1, LocalDate.class), (Long) rs.getObject(2), (Long) rs.getObject(3),
                            rs.getLong(4), rs.getDouble(5)));
                }
            }
        } catch (SQLException e) {
            throw reader.failure(e);
        }
        List<Long> keys = new ArrayList<>();
        List<Long> quotes = new ArrayList<>();
        for (Raw r : raws) {
            if (r.wk() != null) {
                keys.add(r.wk());
            } else {
                quotes.add(r.wq());
            }
            keys.add(r.xk());
        }
        Map<String, Evidence> byId = index(reader.evidence(keys, quotes));
        List<Pair> out = new ArrayList<>();
        for (Raw r : raws) {
            Evidence w = r.wk() != null ? byId.get("e" + r.wk()) : byId.get("q" + r.wq());
            out.add(new Pair(r.p(), w, byId.get("e" + r.xk()), r.diff()));
        }
        return out;
    }

    private Map<LocalDate, List<Evidence>> evidence(Request q, RecordReader.Filter f, String trunc) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + trunc + " AS p, event_key, qid FROM (" + RecordReader.acts(f, params, true)
                + ") ORDER BY p, d, event_key, qid";
        Map<LocalDate, List<String>> ids = new LinkedHashMap<>();
        List<Long> keys = new ArrayList<>();
        List<Long> quotes = new ArrayList<>();
        try (PreparedStatement s = reader.connection().prepareStatement(sql)) {
            RecordReader.bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    LocalDate p = rs.getObject(1, LocalDate.class);
                    Long key = (Long) rs.getObject(2);
                    if (key != null) {
                        keys.add(key);
                        ids.computeIfAbsent(p, x -> new ArrayList<>()).add("e" + key);
                    } else {
                        long qid = rs.getLong(3);
                        quotes.add(qid);
                        ids.computeIfAbsent(p, x -> new ArrayList<>()).add("q" + qid);
                    }
                }
            }
        } catch (SQLException e) {
            throw reader.failure(e);
        }
        Map<String, Evidence> byId = index(reader.evidence(keys, quotes));
        Map<LocalDate, List<Evidence>> out = new HashMap<>();
        ids.forEach((p, list) -> out.put(p, list.stream().map(byId::get).filter(Objects::nonNull).toList()));
        return out;
    }

    static Map<String, Evidence> index(List<Evidence> evidence) {
        Map<String, Evidence> byId = new HashMap<>();
        for (Evidence e : evidence) {
            byId.put(e.eventKey() != null ? "e" + e.eventKey() : "q" + e.quoteId(), e);
        }
        return byId;
    }
}
