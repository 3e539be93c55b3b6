package org.saydo.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
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
     * @param from first day of the range, or null for the record's first event date
     * @param to last day of the range, or null for the record's last event date
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
     * The comparison of inside and outside the windows.
     *
     * @param days days in the range
     * @param insideDays days inside at least one window
     * @param deedsInside deeds on those days
     * @param rateInside deeds per inside day (0 when there are none)
     * @param outsideDays the other days
     * @param deedsOutside deeds on those days
     * @param rateOutside deeds per outside day (0 when there are none)
     * @param rateRatio {@code rateInside / rateOutside}, or null when the outside rate is 0 or there are no talks
     * @param pValue permutation test p-value (one-sided: inside higher), or null when there are no talks
     * @param exact whether every talk-date set was enumerated (exact p) rather than drawn at random
     * @param sets the talk-date sets compared (enumerated or drawn)
     */
    public record Summary(long days, long insideDays, long deedsInside, double rateInside, long outsideDays,
            long deedsOutside, double rateOutside, Double rateRatio, Double pValue, boolean exact, long sets) {
    }

    /**
     * The analysis.
     *
     * @param request what was asked (with the actor resolved)
     * @param from the range's first day, or null for an empty record
     * @param to the range's last day, or null
     * @param talks the talk dates in the range, in order
     * @param summary inside against outside
     * @param daily the actor's deeds per day of the range (index 0 is {@code from})
     */
    public record Result(Request request, LocalDate from, LocalDate to, List<Talk> talks, Summary summary,
            List<Long> daily) {

        public Result {
            talks = List.copyOf(talks);
            daily = List.copyOf(daily);
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
        if (from == null || to == null) {
            LocalDate[] range = reader.dateRange();
            from = from == null ? range[0] : from;
            to = to == null ? range[1] : to;
        }
        if (from == null || to == null || from.isAfter(to)) {
            return new Result(q, from, to, List.of(), new Summary(0, 0, 0, 0, 0, 0, 0, null, null, true, 0), List.of());
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
        Summary summary = summary(daily, talkDays, q.window(), q.permutations(), q.seed());
        Map<LocalDate, List<Evidence>> evidence = q.evidence() ? evidence(q, from, to, talkKeys) : Map.of();
        List<Talk> talks = new ArrayList<>();
        i = 0;
        for (Map.Entry<LocalDate, List<Long>> t : talkKeys.entrySet()) {
            int day = talkDays[i++];
            talks.add(new Talk(t.getKey(), t.getValue(), sum(daily, day - q.window(), day - 1), daily[day],
                    sum(daily, day + 1, day + q.window()), evidence.getOrDefault(t.getKey(), List.of())));
        }
        List<Long> series = new ArrayList<>(days);
        for (long n : daily) {
            series.add(n);
        }
        return new Result(q, from, to, talks, summary, series);
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

    /**
     * Inside against outside and the permutation test. The statistic is the rate difference
     * {@code rateInside - rateOutside}; the p-value is the share of talk-date sets (k distinct days of the range,
     * k = the number of talk days) whose statistic is at least the observed one. When there are at most
     * {@code permutations} such sets they are all enumerated (exact p); else {@code permutations} sets are drawn
     * with {@code seed} and {@code p = (1 + at least as high) / (1 + permutations)}.
     */
    static Summary summary(long[] daily, int[] talkDays, int window, int permutations, long seed) {
        return summary(daily, talkDays, window, permutations, seed, false);
    }

    /** As {@link #summary(long[], int[], int, int, long)}; {@code random} forces random draws (for tests). */
    static Summary summary(long[] daily, int[] talkDays, int window, int permutations, long seed, boolean random) {
        int days = daily.length;
        long total = 0;
        for (long n : daily) {
            total += n;
        }
        boolean[] inside = new boolean[days];
        long nin = cover(talkDays, window, inside);
        long in = 0;
        for (int d = 0; d < days; d++) {
            if (inside[d]) {
                in += daily[d];
            }
        }
        long nout = days - nin;
        double rin = nin == 0 ? 0 : (double) in / nin;
        double rout = nout == 0 ? 0 : (double) (total - in) / nout;
        if (talkDays.length == 0) {
            return new Summary(days, 0, 0, 0, days, total, rout, null, null, true, 0);
        }
        Double ratio = rout == 0 ? null : rin / rout;
        double observed = rin - rout;
        int k = talkDays.length;
        long sets = binomialCapped(days, k, permutations + 1L);
        long atLeast = 0;
        int[] chosen = new int[k];
        if (sets <= permutations && !random) {
            for (int j = 0; j < k; j++) {
                chosen[j] = j;
            }
            while (true) {
                if (statistic(daily, chosen, window, total) >= observed - 1e-12) {
                    atLeast++;
                }
                int j = k - 1;
                while (j >= 0 && chosen[j] == days - k + j) {
                    j--;
                }
                if (j < 0) {
                    break;
                }
                chosen[j]++;
                for (int m = j + 1; m < k; m++) {
                    chosen[m] = chosen[m - 1] + 1;
                }
            }
            return new Summary(days, nin, in, rin, nout, total - in, rout, ratio, (double) atLeast / sets, true, sets);
        }
        SplittableRandom draws = new SplittableRandom(seed);
        int[] pool = new int[days];
        for (int n = 0; n < permutations; n++) {
            for (int d = 0; d < days; d++) {
                pool[d] = d;
            }
            for (int j = 0; j < k; j++) {
                int r = j + draws.nextInt(days - j);
                int t = pool[j];
                pool[j] = pool[r];
                pool[r] = t;
                chosen[j] = pool[j];
            }
            if (statistic(daily, chosen, window, total) >= observed - 1e-12) {
                atLeast++;
            }
        }
        return new Summary(days, nin, in, rin, nout, total - in, rout, ratio,
                (1.0 + atLeast) / (1.0 + permutations), false, permutations);
    }

    private static long cover(int[] talkDays, int window, boolean[] inside) {
        long n = 0;
        for (int t : talkDays) {
            for (int d = Math.max(0, t - window); d <= Math.min(inside.length - 1, t + window); d++) {
                if (!inside[d]) {
                    inside[d] = true;
                    n++;
                }
            }
        }
        return n;
    }

    static double statistic(long[] daily, int[] talkDays, int window, long total) {
        boolean[] inside = new boolean[daily.length];
        long nin = cover(talkDays, window, inside);
        long in = 0;
        for (int d = 0; d < daily.length; d++) {
            if (inside[d]) {
                in += daily[d];
            }
        }
        long nout = daily.length - nin;
        return (nin == 0 ? 0 : (double) in / nin) - (nout == 0 ? 0 : (double) (total - in) / nout);
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
