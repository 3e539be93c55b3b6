package org.saydo.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.saydo.store.Evidence;
import org.saydo.store.RecordReader;

/**
 * The say–do gap of an actor per period: counts and mean Goldstein of its words and of its deeds, their
 * difference, and the pairs of a cooperative word and a hostile deed toward the same target that contradict each
 * other most. Formulas: {@code saydo-analysis/README.md}. Aggregation runs in SQL in the store's
 * {@link RecordReader}, which counts words and deeds by {@link org.saydo.store.ActKind}. Stateless; thread-safe.
 */
public final class GapAnalysis {

    /**
     * What to compute.
     *
     * @param actor source actor code prefix (required; {@code RUS} covers {@code RUSGOV})
     * @param target target actor code prefix, or null for all targets
     * @param period the period length
     * @param from first date, inclusive, or null for the record's first covered day (a day with documents)
     * @param to last date, inclusive, or null for the record's last covered day
     * @param pairs the most contradicting pairs to keep per period (0 for none)
     * @param evidence whether to attach the events and quotes behind each period's figures
     * @param minSources count only events (and quotes) carried by at least this many independent sources: distinct
     *                   syndication clusters or distinct publishers among their reports, whichever is fewer (1: all)
     * @param minEvents a period with fewer words or fewer deeds than this is thin: shown, marked, and left out of
     *                  the trend (the chart's lines)
     */
    public record Request(String actor, String target, Period period, LocalDate from, LocalDate to, int pairs,
            boolean evidence, int minSources, int minEvents) {

        /** The default of {@code minEvents}. */
        public static final int MIN_EVENTS = 5;

        /** A request that counts every act, whatever its sources. */
        public Request(String actor, String target, Period period, LocalDate from, LocalDate to, int pairs,
                boolean evidence) {
            this(actor, target, period, from, to, pairs, evidence, 1);
        }

        /** A request with the default minimum support. */
        public Request(String actor, String target, Period period, LocalDate from, LocalDate to, int pairs,
                boolean evidence, int minSources) {
            this(actor, target, period, from, to, pairs, evidence, minSources, MIN_EVENTS);
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
            if (minEvents < 0) {
                throw new IllegalArgumentException("minEvents < 0: " + minEvents);
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
     * @param support how much the figures rest on
     * @param wordsInterval 95% bootstrap interval of {@code wordsGoldstein}
     * @param deedsInterval 95% bootstrap interval of {@code deedsGoldstein}
     * @param gapInterval 95% bootstrap interval of {@code gap}
     */
    public record Row(LocalDate period, long verbalCooperation, long verbalConflict, long words, Double wordsGoldstein,
            long materialCooperation, long materialConflict, long deeds, Double deedsGoldstein, Double gap,
            List<Evidence> evidence, Support support, Bootstrap.Interval wordsInterval,
            Bootstrap.Interval deedsInterval, Bootstrap.Interval gapInterval) {

        public Row {
            evidence = List.copyOf(evidence);
        }

        Row(LocalDate period, long verbalCooperation, long verbalConflict, long words, Double wordsGoldstein,
                long materialCooperation, long materialConflict, long deeds, Double deedsGoldstein, Double gap,
                List<Evidence> evidence) {
            this(period, verbalCooperation, verbalConflict, words, wordsGoldstein, materialCooperation,
                    materialConflict, deeds, deedsGoldstein, gap, evidence, null, Bootstrap.Interval.NONE,
                    Bootstrap.Interval.NONE, Bootstrap.Interval.NONE);
        }

        Row with(Support s, Bootstrap.Intervals i) {
            return new Row(period, verbalCooperation, verbalConflict, words, wordsGoldstein, materialCooperation,
                    materialConflict, deeds, deedsGoldstein, gap, evidence, s, i.words(), i.deeds(), i.gap());
        }
    }

    /**
     * What a period's figures rest on.
     *
     * @param events the acts counted (words and deeds)
     * @param documents the distinct documents that carry them
     * @param sources the independent sources among those documents (syndicated copies and one publisher's stories
     *                count once)
     * @param thin fewer words or fewer deeds than the request's {@code minEvents}: shown, but left out of the trend
     */
    public record Support(long events, long documents, long sources, boolean thin) {
    }

    /**
     * A cooperative word and a hostile deed toward the same target in one period.
     *
     * @param period the period's first day
     * @param word the word (Goldstein > 0)
     * @param deed the deed (Goldstein < 0)
     * @param difference {@code word.goldstein - deed.goldstein}
     * @param support the independent sources of the less supported side (a quote: its documents)
     */
    public record Pair(LocalDate period, Evidence word, Evidence deed, double difference, long support) {
    }

    /**
     * The gap table.
     *
     * @param request what was asked
     * @param from the first day counted (the request's, else the record's first covered day), or null
     * @param to the last day counted (the request's, else the record's last covered day), or null
     * @param periods one row per period with at least one word or deed, in date order
     * @param total the same figures over the whole range
     * @param pairs the best-supported contradicting pairs, by period, then by support and difference
     * @param implausible the actor's events and quotes whose dates the coder flagged implausible (left out)
     */
    public record Result(Request request, LocalDate from, LocalDate to, List<Row> periods, Row total,
            List<Pair> pairs, long implausible) {

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
        Coverage coverage = Coverage.of(reader.documentDays());
        LocalDate from = q.from() != null ? q.from() : coverage.first();
        LocalDate to = q.to() != null ? q.to() : coverage.last();
        RecordReader.ActFilter f = new RecordReader.ActFilter(q.actor(), q.target(), from, to, q.minSources());
        List<Row> rows = new ArrayList<>();
        Row total = null;
        Map<LocalDate, List<Evidence>> evidence = q.evidence() ? evidence(f, q.period()) : Map.of();
        for (RecordReader.PeriodActs a : reader.actsByPeriod(f, q.period().unit())) {
            Double wg = a.wordsGoldstein();
            Double dg = a.deedsGoldstein();
            LocalDate p = a.period();
            List<Evidence> ev = p == null ? List.of() : evidence.getOrDefault(p, List.of());
            Row row = new Row(p, a.verbalCooperation(), a.verbalConflict(), a.words(), wg, a.materialCooperation(),
                    a.materialConflict(), a.deeds(), dg, wg == null || dg == null ? null : wg - dg, ev);
            if (p == null) {
                total = row;
            } else {
                rows.add(row);
            }
        }
        if (total == null) {
            total = new Row(null, 0, 0, 0, null, 0, 0, 0, null, null, List.of());
        }
        // support and intervals (issue 15): computed in Java from the weights and documents of each period; the
        // contradicting pairs come from the same pass over the acts
        RecordReader.PeriodStats stats = rows.isEmpty() ? new RecordReader.PeriodStats(List.of(), Map.of(), List.of())
                : reader.periodStats(f, q.period().unit(), q.pairs());
        Map<LocalDate, Map<String, Map<Double, Long>>> weights = new HashMap<>();
        Map<String, Map<Double, Long>> all = new HashMap<>();
        for (RecordReader.WeightCount w : stats.weights()) {
            weights.computeIfAbsent(w.period(), x -> new HashMap<>()).computeIfAbsent(w.kind(), x -> new HashMap<>())
                    .merge(w.g(), w.n(), Long::sum);
            all.computeIfAbsent(w.kind(), x -> new HashMap<>()).merge(w.g(), w.n(), Long::sum);
        }
        List<Row> supported = new ArrayList<>();
        for (Row row : rows) {
            supported.add(withSupport(row, stats.support().get(row.period()),
                    weights.getOrDefault(row.period(), Map.of()), q.minEvents()));
        }
        total = withSupport(total, stats.support().get(null), all, q.minEvents());
        return new Result(q, from, to, supported, total, pairs(stats.pairs()), reader.implausible(q.actor()));
    }

    private static Row withSupport(Row row, long[] docs, Map<String, Map<Double, Long>> weights, int minEvents) {
        long seed = Bootstrap.SEED + (row.period() == null ? 0 : row.period().toEpochDay());
        Bootstrap.Intervals i = Bootstrap.intervals(weights.getOrDefault("word", Map.of()),
                weights.getOrDefault("deed", Map.of()), seed);
        Support s = new Support(row.words() + row.deeds(), docs == null ? 0 : docs[0], docs == null ? 0 : docs[1],
                row.words() < minEvents || row.deeds() < minEvents);
        return row.with(s, i);
    }

    private List<Pair> pairs(List<RecordReader.Contradiction> raws) {
        if (raws.isEmpty()) {
            return List.of();
        }
        List<Long> keys = new ArrayList<>();
        List<Long> quotes = new ArrayList<>();
        for (RecordReader.Contradiction r : raws) {
            if (r.wordKey() != null) {
                keys.add(r.wordKey());
            } else {
                quotes.add(r.wordQuote());
            }
            keys.add(r.deedKey());
        }
        Map<String, Evidence> byId = index(reader.evidence(keys, quotes));
        List<Pair> out = new ArrayList<>();
        for (RecordReader.Contradiction r : raws) {
            Evidence w = r.wordKey() != null ? byId.get("e" + r.wordKey()) : byId.get("q" + r.wordQuote());
            out.add(new Pair(r.period(), w, byId.get("e" + r.deedKey()), r.difference(), r.support()));
        }
        return out;
    }

    private Map<LocalDate, List<Evidence>> evidence(RecordReader.ActFilter f, Period period) {
        Map<LocalDate, List<String>> ids = new LinkedHashMap<>();
        List<Long> keys = new ArrayList<>();
        List<Long> quotes = new ArrayList<>();
        for (RecordReader.ActRef a : reader.acts(f, period.unit())) {
            if (a.eventKey() != null) {
                keys.add(a.eventKey());
                ids.computeIfAbsent(a.period(), x -> new ArrayList<>()).add("e" + a.eventKey());
            } else {
                quotes.add(a.quoteId());
                ids.computeIfAbsent(a.period(), x -> new ArrayList<>()).add("q" + a.quoteId());
            }
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
