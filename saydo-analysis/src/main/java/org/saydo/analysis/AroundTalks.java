package org.saydo.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.saydo.store.Evidence;
import org.saydo.store.RecordReader;

/**
 * What an actor does around talks: its material-conflict deeds in a window before, on and after each diplomatic
 * event between two parties, against its rate outside all windows, with a permutation test. Formulas:
 * {@code saydo-analysis/README.md}. Stateless; thread-safe.
 */
public final class AroundTalks {

    /**
     * What to compute.
     *
     * @param parties the two parties of the talks (code prefixes), either direction
     * @param actor whose deeds to count (code prefix); defaults to the first party when null
     * @param window days before and after a talk that belong to its window (0 for the talk day only)
     * @param from first day of the range, or null for the record's first covered day (a day with documents)
     * @param to last day of the range, or null for the record's last covered day
     * @param permutations random talk-date sets drawn for the test (all sets are enumerated when there are no more)
     * @param seed the random seed of the draws
     * @param evidence whether to attach the talk events and the deeds in each window
     */
    public record Request(List<String> parties, String actor, int window, LocalDate from, LocalDate to,
            int permutations, long seed, boolean evidence) {

        public Request {
            parties = List.copyOf(parties);
            if (parties.size() != 2 || parties.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("talks need two parties, e.g. RUS,USA; got " + parties);
            }
            actor = actor == null ? parties.get(0) : actor;
            if (window < 0) {
                throw new IllegalArgumentException("window < 0: " + window);
            }
            if (permutations < 1) {
                throw new IllegalArgumentException("permutations < 1: " + permutations);
            }
            if (from != null && to != null && from.isAfter(to)) {
                throw new IllegalArgumentException("from " + from + " is after to " + to);
            }
        }

        /** Defaults: window 3 days, whole record, 10,000 permutations, seed 42, no evidence. */
        public static Request of(String a, String b) {
            return new Request(List.of(a, b), a, 3, null, null, 10_000, 42, false);
        }
    }

    /**
     * One talk date.
     *
     * @param date the day
     * @param talkEvents the event keys of the diplomatic events that day
     * @param before the actor's deeds in the {@code window} days before
     * @param during its deeds on the day
     * @param after its deeds in the {@code window} days after
     * @param evidence the talk events and the deeds of its window (only when asked for)
     */
    public record Talk(LocalDate date, List<Long> talkEvents, long before, long during, long after,
            List<Evidence> evidence) {

        public Talk {
            talkEvents = List.copyOf(talkEvents);
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * The analysis.
     *
     * @param request what was asked (with the actor resolved)
     * @param from the range's first day (default: the first covered day), or null for an empty record
     * @param to the range's last day (default: the last covered day), or null
     * @param talks the talk dates in the range, in order (those on days without documents included)
     * @param summary inside against outside, over covered days
     * @param daily the actor's deeds per day of the range (index 0 is {@code from})
     * @param documents documents published per day of the range (0: the day is not covered)
     * @param implausible the actor's events and quotes whose dates the coder flagged implausible (left out)
     */
    public record Result(Request request, LocalDate from, LocalDate to, List<Talk> talks,
            CoveredRates.Comparison summary, List<Long> daily, List<Long> documents, long implausible) {

        public Result {
            talks = List.copyOf(talks);
            daily = List.copyOf(daily);
            documents = List.copyOf(documents);
        }
    }

    private final RecordReader reader;

    public AroundTalks(RecordReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Runs the analysis. Throws {@link org.saydo.store.StoreException} when the record cannot be read. */
    public Result run(Request q) {
        Objects.requireNonNull(q, "q");
        LocalDate from = q.from();
        LocalDate to = q.to();
        Coverage coverage = Coverage.of(reader.documentDays());
        from = from == null ? coverage.first() : from;
        to = to == null ? coverage.last() : to;
        if (from == null || to == null || from.isAfter(to)) {
            return new Result(q, from, to, List.of(), CoveredRates.compare(new long[0], new long[0], new int[0],
                    new int[0], q.window(), q.permutations(), q.seed(), false), List.of(), List.of(),
                    reader.implausible(q.actor()));
        }
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        String p1 = q.parties().get(0);
        String p2 = q.parties().get(1);
        Map<LocalDate, List<Long>> talkKeys = reader.talks(p1, p2, from, to);
        long[] daily = new long[days];
        for (Map.Entry<LocalDate, Long> d : reader.hostileDeedsPerDay(q.actor(), from, to).entrySet()) {
            daily[(int) ChronoUnit.DAYS.between(from, d.getKey())] = d.getValue();
        }
        int[] talkDays = new int[talkKeys.size()];
        int i = 0;
        for (LocalDate d : talkKeys.keySet()) {
            talkDays[i++] = (int) ChronoUnit.DAYS.between(from, d);
        }
        // the documents of the day(s) after the range still cover its last day(s)
        long[] reach = coverage.daily(from, to.plusDays(Coverage.LAG));
        long[] docs = java.util.Arrays.copyOf(reach, days);
        CoveredRates.Comparison summary = CoveredRates.compare(daily, docs,
                java.util.Arrays.copyOf(Coverage.strata(from, reach), days), talkDays, q.window(), q.permutations(),
                q.seed(), false);
        Map<LocalDate, List<Evidence>> evidence = q.evidence() ? evidence(q, from, to, talkKeys) : Map.of();
        List<Talk> talks = new ArrayList<>();
        i = 0;
        for (Map.Entry<LocalDate, List<Long>> t : talkKeys.entrySet()) {
            int day = talkDays[i++];
            talks.add(new Talk(t.getKey(), t.getValue(), sum(daily, day - q.window(), day - 1), daily[day],
                    sum(daily, day + 1, day + q.window()), evidence.getOrDefault(t.getKey(), List.of())));
        }
        List<Long> series = new ArrayList<>(days);
        List<Long> volume = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            series.add(daily[d]);
            volume.add(docs[d]);
        }
        return new Result(q, from, to, talks, summary, series, volume, reader.implausible(q.actor()));
    }

    private Map<LocalDate, List<Evidence>> evidence(Request q, LocalDate from, LocalDate to,
            Map<LocalDate, List<Long>> talks) {
        List<long[]> deeds = new ArrayList<>();
        reader.hostileDeeds(q.actor(), from, to).forEach((key, date) -> deeds.add(new long[] {key, date.toEpochDay()}));
        List<Long> keys = new ArrayList<>();
        talks.values().forEach(keys::addAll);
        deeds.forEach(d -> keys.add(d[0]));
        Map<String, Evidence> byId = GapAnalysis.index(reader.evidence(keys, List.of()));
        Map<LocalDate, List<Evidence>> out = new LinkedHashMap<>();
        talks.forEach((date, talkKeys) -> {
            List<Evidence> list = new ArrayList<>();
            talkKeys.forEach(k -> list.add(byId.get("e" + k)));
            long day = date.toEpochDay();
            for (long[] d : deeds) {
                if (Math.abs(d[1] - day) <= q.window()) {
                    list.add(byId.get("e" + d[0]));
                }
            }
            list.removeIf(Objects::isNull);
            out.put(date, list);
        });
        return out;
    }

    private static long sum(long[] daily, int first, int last) {
        long n = 0;
        for (int d = Math.max(0, first); d <= Math.min(daily.length - 1, last); d++) {
            n += daily[d];
        }
        return n;
    }

    /** C(n, k), or {@code cap} when it is at least {@code cap}. */
    static long binomialCapped(int n, int k, long cap) {
        if (k < 0 || k > n) {
            return 0;
        }
        k = Math.min(k, n - k);
        double c = 1;
        for (int j = 1; j <= k; j++) {
            c = c * (n - k + j) / j;
            if (c >= cap) {
                return cap;
            }
        }
        return Math.round(c);
    }
}
