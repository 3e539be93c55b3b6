package org.saydo.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.saydo.store.Evidence;
import org.saydo.store.RecordReader;

/**
 * The ledger of an actor's commitments — promises, demands, threats, ultimatums, stated intents — each matched
 * against what happened within a horizon, by the explicit table {@link #RULES}. Formulas and the table:
 * {@code saydo-analysis/README.md}. Stateless; thread-safe.
 */
public final class Ledger {

    /** What became of a commitment. */
    public enum Status {
        /**
         * A matching deed followed within the horizon, and no contradicting one (of a one-off commitment: none
         * before it).
         */
        KEPT,
        /**
         * A contradicting deed followed within the horizon (of a one-off commitment: before any matching one, of a
         * standing one: whatever else followed).
         */
        BROKEN,
        /** Neither yet, and the horizon reaches past the record's last covered day. */
        PENDING,
        /**
         * Both followed with no order between them (a one-off commitment, both first on the same day), or neither
         * within a horizon that is over.
         */
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
     * neither is unspecified: the code does not say what was committed to. A {@code standing} commitment (a truce, a
     * promise to refrain) is broken by any contrary deed within the horizon, whatever kept it before; a one-off
     * commitment (a promise to meet, to release, a demand) is settled by its first deciding deed.
     */
    public record MatchRule(String name, String label, List<String> codes, List<String> intents, List<Outcome> kept,
            List<Outcome> broken, boolean standing) {
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
            // in the order of Status, whatever the run: Map.copyOf iterates in an order drawn anew by every JVM, and
            // the JSON (and any diff of two runs) followed it
            Map<Status, Long> ordered = new EnumMap<>(Status.class);
            counts.forEach((s, n) -> ordered.put(Objects.requireNonNull(s, "status"), Objects.requireNonNull(n, "n")));
            counts = java.util.Collections.unmodifiableMap(ordered);
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
        Coverage coverage = Coverage.of(reader.documentDays());
        LocalDate last = coverage.last();
        LocalDate first = q.from() != null ? q.from() : coverage.first();
        LocalDate lastCommitment = q.to() != null ? q.to() : last;
        record Raw(long key, LocalDate d, String rule, long nk, long nb, List<Long> lk, List<Long> lb, String target,
                LocalDate fk, LocalDate fb) {
        }
        List<Raw> raws = new ArrayList<>();
        for (RecordReader.Commitment c : reader.commitments(q.actor(), first, lastCommitment, q.horizon(),
                STORE_RULES, CITED)) {
            raws.add(new Raw(c.eventKey(), c.date(), c.rule(), c.kept(), c.broken(), c.keptKeys(), c.brokenKeys(),
                    c.target(), c.firstKept(), c.firstBroken()));
        }
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        List<Raw> kept = new ArrayList<>();
        List<Status> statuses = new ArrayList<>();
        Map<String, MatchRule> rules = RULES.stream().collect(Collectors.toMap(MatchRule::name, r -> r));
        for (Raw r : raws) {
            MatchRule rule = rules.get(r.rule());
            Status s = rule.unspecified() || r.target() == null ? Status.UNSPECIFIED
                    : status(rule.standing(), r.fk(), r.fb(), r.d().plusDays(q.horizon()), last);
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
                    reason(s, r.nk(), r.nb(), r.fk(), r.fb(), until, r.target() == null), k, b, r.nk(), r.nb()));
        }
        return new Result(q, last, entries, counts, reader.implausible(q.actor()));
    }

    /**
     * The status of a commitment whose first matching event is dated {@code kept} and first contradicting one
     * {@code broken} (null: none within the horizon, which ends on {@code until}; the record's last covered day is
     * {@code last}). A standing commitment is broken by any contradicting event; a one-off commitment is settled by
     * the earlier of the two, and inconclusive when both come first on the same day.
     */
    static Status status(boolean standing, LocalDate kept, LocalDate broken, LocalDate until, LocalDate last) {
        if (broken != null && (kept == null || standing || broken.isBefore(kept))) {
            return Status.BROKEN;
        }
        if (kept != null && (broken == null || kept.isBefore(broken))) {
            return Status.KEPT;
        }
        if (kept != null) {
            return Status.INCONCLUSIVE;
        }
        return last == null || until.isAfter(last) ? Status.PENDING : Status.INCONCLUSIVE;
    }

    private static String reason(Status s, long kept, long broken, LocalDate firstKept, LocalDate firstBroken,
            LocalDate until, boolean noTarget) {
        return switch (s) {
            case UNSPECIFIED -> noTarget ? "no target: toward whom is not given" : "what was committed to is not given";
            case KEPT -> kept + " matching event" + (kept == 1 ? "" : "s") + " by " + until + (broken == 0 ? ""
                    : ", the first on " + firstKept + ", before the first of " + broken + " contradicting on "
                    + firstBroken);
            case BROKEN -> broken + " contradicting event" + (broken == 1 ? "" : "s") + " by " + until + (kept == 0
                    ? "" : firstBroken.isBefore(firstKept) ? ", the first on " + firstBroken + ", before the first of "
                    + kept + " matching on " + firstKept : " (a standing commitment: " + kept + " matching too)");
            case PENDING -> "nothing yet; horizon runs to " + until + ", past the record's last date";
            case INCONCLUSIVE -> kept > 0 ? kept + " matching and " + broken
                    + " contradicting events, the first of both on " + firstKept : "neither a matching nor a contradicting event by " + until;
        };
    }

    /** {@link #RULES} as the store's reader takes them. */
    private static final List<RecordReader.CommitmentRule> STORE_RULES = RULES.stream().map(r -> {
        List<RecordReader.CommitmentRule.Outcome> outcomes = new ArrayList<>();
        for (Outcome o : r.kept()) {
            o.codes().forEach(c -> outcomes.add(new RecordReader.CommitmentRule.Outcome(true, o.who() == Who.TARGET, c)));
        }
        for (Outcome o : r.broken()) {
            o.codes().forEach(c -> outcomes.add(new RecordReader.CommitmentRule.Outcome(false, o.who() == Who.TARGET, c)));
        }
        return new RecordReader.CommitmentRule(r.name(), r.codes(), r.intents(), outcomes);
    }).toList();
}
