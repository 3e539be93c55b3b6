package org.saydo.analysis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The ledger of an actor's commitments — promises, demands, threats, ultimatums, stated intents — each matched
 * against what happened within a horizon, by the explicit table {@link #RULES}. Formulas and the table:
 * {@code saydo-analysis/README.md}. Stateless; thread-safe if the reader is used by one thread at a time.
 */
public final class Ledger {

    /** What became of a commitment. */
    public enum Status {
        /** A matching deed followed within the horizon, and no contradicting one. */
        KEPT,
        /** A contradicting deed followed within the horizon, and no matching one. */
        BROKEN,
        /** Neither yet, and the horizon reaches past the record's last covered day. */
        PENDING,
        /** Both followed, or neither within a horizon that is over. */
        INCONCLUSIVE,
        /** The code does not say what was committed to, or toward whom (no target): never kept or broken. */
        UNSPECIFIED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return label();
        }

        /** Parses {@code kept|broken|pending|inconclusive}; throws naming the bad value. */
        public static Status parse(String label) {
            for (Status s : values()) {
                if (s.label().equals(label)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown status '" + label
                    + "' (expected kept, broken, pending, inconclusive or unspecified)");
        }
    }

    /** Whose later deed answers a commitment: the actor's own (toward the same target), or the target's (toward the actor). */
    public enum Who { ACTOR, TARGET }

    /**
     * One outcome of a rule: a later event by {@code who} whose CAMEO code starts with one of {@code codes}
     * (an empty prefix: the commitment's own root).
     */
    public record Outcome(Who who, List<String> codes) {
        public Outcome {
            codes = List.copyOf(codes);
        }
    }

    /**
     * One row of the match table: a commitment is an event of the actor whose code starts with one of
     * {@code codes} (modality asserted, reported or intent) or, with modality intent, with one of
     * {@code intents}; it is kept by a {@code kept} outcome and broken by a {@code broken} outcome. A rule with
     * neither is unspecified: the code does not say what was committed to.
     */
    public record MatchRule(String name, String label, List<String> codes, List<String> intents, List<Outcome> kept,
            List<Outcome> broken) {
        public MatchRule {
            codes = List.copyOf(codes);
            intents = List.copyOf(intents);
            kept = List.copyOf(kept);
            broken = List.copyOf(broken);
        }

        /** Whether the code leaves the content open: such a commitment is never kept or broken. */
        public boolean unspecified() {
            return kept.isEmpty() && broken.isEmpty();
        }
    }

    /**
     * The match table, first matching row wins: the resource {@code commitments.txt} (read by
     * {@link CommitmentTable}), written out in the README.
     */
    public static final List<MatchRule> RULES = CommitmentTable.standard();

    /**
     * What to compute.
     *
     * @param actor the actor (code prefix)
     * @param horizon days after a commitment in which its outcome is looked for
     * @param status only entries of this status, or null for all (the counts cover all)
     * @param from first commitment date, or null for the record's first covered day (a day with documents)
     * @param to last commitment date, or null for the record's last covered day
     */
    public record Request(String actor, int horizon, Status status, LocalDate from, LocalDate to) {
        public Request {
            Objects.requireNonNull(actor, "actor");
            if (actor.isBlank()) {
                throw new IllegalArgumentException("actor is blank");
            }
            if (horizon < 1) {
                throw new IllegalArgumentException("horizon must be at least 1 day, not " + horizon);
            }
        }

        public static Request of(String actor) {
            return new Request(actor, 30, null, null, null);
        }
    }

    /**
     * One commitment and what became of it.
     *
     * @param commitment the commitment
     * @param rule the match-table row that applied
     * @param kind the row's label
     * @param status what became of it
     * @param until the last day of its horizon
     * @param reason why, in words
     * @param kept the matching events (first five), in date order
     * @param broken the contradicting events (first five)
     * @param keptCount all matching events
     * @param brokenCount all contradicting events
     */
    public record Entry(Evidence commitment, String rule, String kind, Status status, LocalDate until, String reason,
            List<Evidence> kept, List<Evidence> broken, long keptCount, long brokenCount) {
        public Entry {
            kept = List.copyOf(kept);
            broken = List.copyOf(broken);
        }
    }

    /**
     * The ledger.
     *
     * @param request what was asked
     * @param lastDate the record's last covered day (pending is judged against it), or null when empty
     * @param entries the commitments, in date order (only the asked status, if any)
     * @param counts entries per status, over all commitments
     * @param implausible the actor's events and quotes whose dates the coder flagged implausible (left out)
     */
    public record Result(Request request, LocalDate lastDate, List<Entry> entries, Map<Status, Long> counts,
            long implausible) {
        public Result {
            entries = List.copyOf(entries);
            counts = Map.copyOf(counts);
        }
    }

    private final RecordReader reader;

    public Ledger(RecordReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    private static final int CITED = 5;

    /** Builds the ledger. Throws {@link org.saydo.store.StoreException} when the record cannot be read. */
    public Result run(Request q) {
        Objects.requireNonNull(q, "q");
        Coverage coverage = reader.coverage();
        LocalDate last = coverage.last();
        LocalDate first = q.from() != null ? q.from() : coverage.first();
        LocalDate lastCommitment = q.to() != null ? q.to() : last;
        List<Object> params = new ArrayList<>();
        List<String> cw = new ArrayList<>(List.of("starts_with(source_code, ?)", "event_date IS NOT NULL",
                "modality IN ('asserted', 'reported', 'intent')", RecordReader.PLAUSIBLE));
        params.add(q.actor());
        if (first != null) {
            cw.add("event_date >= ?");
            params.add(first);
        }
        if (lastCommitment != null) {
            cw.add("event_date <= ?");
            params.add(lastCommitment);
        }
        params.add(q.actor());
        params.add(q.actor());
        params.add(q.actor());
        String sql = "WITH c0 AS (SELECT event_key, arg_min(event_date, id) AS d, arg_min(target_code, id) AS target, "
                + "arg_min(cameo, id) AS cameo, arg_min(modality, id) AS modality FROM events WHERE "
                + String.join(" AND ", cw) + " GROUP BY event_key), "
                + "c AS MATERIALIZED (SELECT * FROM (SELECT *, " + ruleCase() + " AS rule FROM c0) WHERE rule IS NOT NULL), "
                + "o AS (SELECT * FROM " + outcomes() + "), "
                + "x AS MATERIALIZED (SELECT event_key, arg_min(event_date, id) AS d, arg_min(source_code, id) AS source, "
                + "arg_min(target_code, id) AS target, arg_min(cameo, id) AS cameo FROM events WHERE event_date > "
                + "(SELECT min(d) FROM c) AND event_date <= (SELECT max(d) FROM c) + " + q.horizon() + " AND modality IN ('asserted', 'reported') AND "
                + RecordReader.PLAUSIBLE + " AND (starts_with(source_code, ?) OR "
                + "starts_with(target_code, ?)) GROUP BY event_key), "
                + "cj AS (SELECT c.*, o.status, o.who, o.prefix, CASE WHEN o.prefix = '' THEN substr(c.cameo, 1, 2) "
                + "ELSE substr(o.prefix, 1, 2) END AS jr, substr(c.target, 1, 3) AS jt FROM c JOIN o ON o.rule = c.rule), "
                + "xj AS (SELECT *, substr(cameo, 1, 2) AS xr, substr(target, 1, 3) AS xt, substr(source, 1, 3) AS xs "
                + "FROM x), "
                // equi-joins on the CAMEO root and the 3-letter country keep the join small; the exact rule follows
                + "m AS (SELECT cj.event_key AS ck, cj.status, xj.event_key AS xk FROM cj JOIN xj ON xj.xr = cj.jr "
                + "AND xj.xt = cj.jt WHERE cj.who = 'actor' AND " + match(q.horizon()) + " AND starts_with(xj.source, ?) AND "
                + "(starts_with(xj.target, cj.target) OR starts_with(cj.target, xj.target)) "
                + "UNION ALL SELECT cj.event_key, cj.status, xj.event_key FROM cj JOIN xj ON xj.xr = cj.jr "
                + "AND xj.xs = cj.jt WHERE cj.who = 'target' AND " + match(q.horizon()) + " AND (starts_with(xj.source, cj.target) "
                + "OR starts_with(cj.target, xj.source)) AND starts_with(xj.target, ?)), "
                + "agg AS (SELECT ck, count(DISTINCT xk) FILTER (WHERE status = 'kept') AS nk, "
                + "count(DISTINCT xk) FILTER (WHERE status = 'broken') AS nb, "
                + "list(DISTINCT xk ORDER BY xk) FILTER (WHERE status = 'kept') AS lk, "
                + "list(DISTINCT xk ORDER BY xk) FILTER (WHERE status = 'broken') AS lb FROM m GROUP BY ck) "
                + "SELECT c.event_key, c.d, c.rule, coalesce(agg.nk, 0), coalesce(agg.nb, 0), agg.lk, agg.lb, c.target FROM c "
                + "LEFT JOIN agg ON agg.ck = c.event_key ORDER BY c.d, c.event_key";
        params.add(q.actor());
        record Raw(long key, LocalDate d, String rule, long nk, long nb, List<Long> lk, List<Long> lb, String target) {
        }
        List<Raw> raws = new ArrayList<>();
        try (PreparedStatement s = reader.connection().prepareStatement(sql)) {
            RecordReader.bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    raws.add(new Raw(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getLong(4),
                            rs.getLong(5), keys(rs.getArray(6)), keys(rs.getArray(7)), rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw reader.failure(e);
        }
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        List<Raw> kept = new ArrayList<>();
        List<Status> statuses = new ArrayList<>();
        Map<String, MatchRule> rules = RULES.stream().collect(Collectors.toMap(MatchRule::name, r -> r));
        for (Raw r : raws) {
            Status s = rules.get(r.rule()).unspecified() || r.target() == null ? Status.UNSPECIFIED
                    : status(r.nk(), r.nb(), r.d().plusDays(q.horizon()), last);
            counts.merge(s, 1L, Long::sum);
            if (q.status() == null || q.status() == s) {
                kept.add(r);
                statuses.add(s);
            }
        }
        List<Long> keys = new ArrayList<>();
        for (Raw r : kept) {
            keys.add(r.key());
            keys.addAll(r.lk());
            keys.addAll(r.lb());
        }
        Map<String, Evidence> byId = GapAnalysis.index(reader.evidence(keys.stream().distinct().toList(), List.of()));
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Raw r = kept.get(i);
            Status s = statuses.get(i);
            LocalDate until = r.d().plusDays(q.horizon());
            List<Evidence> k = r.lk().stream().map(x -> byId.get("e" + x)).filter(Objects::nonNull).toList();
            List<Evidence> b = r.lb().stream().map(x -> byId.get("e" + x)).filter(Objects::nonNull).toList();
            entries.add(new Entry(byId.get("e" + r.key()), r.rule(), rules.get(r.rule()).label(), s, until,
                    reason(s, r.nk(), r.nb(), until, r.target() == null), k, b, r.nk(), r.nb()));
        }
        return new Result(q, last, entries, counts, reader.implausible(q.actor()));
    }

    /** SQL: a later event {@code xj} within the horizon of commitment {@code cj}, with the rule's code. */
    private static String match(int horizon) {
        return "xj.d > cj.d AND xj.d <= cj.d + " + horizon + " AND xj.event_key <> cj.event_key AND (CASE WHEN "
                + "cj.prefix = '' THEN xj.xr = substr(cj.cameo, 1, 2) ELSE starts_with(xj.cameo, cj.prefix) END)";
    }

    /** The status of a commitment with {@code kept} matching and {@code broken} contradicting events. */
    static Status status(long kept, long broken, LocalDate until, LocalDate last) {
        if (kept > 0 && broken == 0) {
            return Status.KEPT;
        }
        if (broken > 0 && kept == 0) {
            return Status.BROKEN;
        }
        if (kept > 0) {
            return Status.INCONCLUSIVE;
        }
        return last == null || until.isAfter(last) ? Status.PENDING : Status.INCONCLUSIVE;
    }

    private static String reason(Status s, long kept, long broken, LocalDate until, boolean noTarget) {
        return switch (s) {
            case UNSPECIFIED -> noTarget ? "no target: toward whom is not given" : "what was committed to is not given";
            case KEPT -> kept + " matching event" + (kept == 1 ? "" : "s") + " by " + until;
            case BROKEN -> broken + " contradicting event" + (broken == 1 ? "" : "s") + " by " + until;
            case PENDING -> "nothing yet; horizon runs to " + until + ", past the record's last date";
            case INCONCLUSIVE -> kept > 0 ? kept + " matching and " + broken + " contradicting events by " + until
                    : "neither a matching nor a contradicting event by " + until;
        };
    }

    private static List<Long> keys(java.sql.Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            if (out.size() < CITED) {
                out.add(((Number) o).longValue());
            }
        }
        return out;
    }

    /** SQL CASE giving each candidate event its rule (first match), or NULL. Codes come from {@link #RULES} only. */
    static String ruleCase() {
        StringBuilder sb = new StringBuilder("CASE");
        for (MatchRule r : RULES) {
            List<String> cond = new ArrayList<>();
            for (String c : r.codes()) {
                cond.add("starts_with(cameo, '" + c + "')");
            }
            for (String c : r.intents()) {
                cond.add("(modality = 'intent' AND starts_with(cameo, '" + c + "'))");
            }
            sb.append(" WHEN ").append(String.join(" OR ", cond)).append(" THEN '").append(r.name()).append("'");
        }
        return sb.append(" END").toString();
    }

    /** SQL VALUES of the outcomes: (rule, status, who, prefix). */
    static String outcomes() {
        List<String> rows = new ArrayList<>();
        for (MatchRule r : RULES) {
            for (Outcome o : r.kept()) {
                o.codes().forEach(c -> rows.add(row(r, "kept", o.who(), c)));
            }
            for (Outcome o : r.broken()) {
                o.codes().forEach(c -> rows.add(row(r, "broken", o.who(), c)));
            }
        }
        return "(VALUES " + String.join(", ", rows) + ") AS o(rule, status, who, prefix)";
    }

    private static String row(MatchRule r, String status, Who who, String prefix) {
        return "('" + r.name() + "', '" + status + "', '" + who.name().toLowerCase(Locale.ROOT) + "', '" + prefix + "')";
    }
}
