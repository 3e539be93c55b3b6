package org.saydo.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the record covers: the number of documents published on each day (and by each outlet). A day is covered
 * when documents were published on it or on the {@value #LAG} day(s) after it (a report tells of yesterday); a day
 * with neither is not covered: nobody reported on it, so it says nothing about how often an actor acts. Every
 * analysis's range defaults to the first and last covered days, and {@link AroundTalks} computes its rates over
 * covered days only, weighted by their documents. Formulas: {@code saydo-analysis/README.md}. Immutable.
 *
 * @param documents documents per publication day, only days with at least one (sorted by day)
 * @param outlets documents per outlet (a document without an outlet counts under its host or {@code -})
 * @param fromEvents true when the record has no dated documents (a GDELT import): then a day is covered when an
 *                   event is dated on it, and its volume is the number of events that day
 */
public record Coverage(SortedMap<LocalDate, Long> documents, Map<String, Long> outlets, boolean fromEvents) {

    public Coverage {
        documents = Collections.unmodifiableSortedMap(new TreeMap<>(documents));
        outlets = Map.copyOf(outlets);
        for (Map.Entry<LocalDate, Long> e : documents.entrySet()) {
            if (e.getValue() < 1) {
                throw new IllegalArgumentException("covered day " + e.getKey() + " with " + e.getValue() + " documents");
            }
        }
    }

    /** The coverage of a record, from the reader's documents per day and outlet. */
    public static Coverage of(org.saydo.store.RecordReader.DocumentDays d) {
        return new Coverage(new TreeMap<>(d.days()), d.outlets(), d.fromEvents());
    }

    /** A coverage of no day. */
    public static Coverage none() {
        return new Coverage(new TreeMap<>(), Map.of(), false);
    }

    /** Days after a day whose documents still cover it: "on Tuesday" in a report of Wednesday. */
    public static final int LAG = 1;

    /** The first covered day ({@value #LAG} day(s) before the first publication day), or null when none is. */
    public LocalDate first() {
        return documents.isEmpty() ? null : documents.firstKey().minusDays(LAG);
    }

    /** The last covered day, or null when none is. */
    public LocalDate last() {
        return documents.isEmpty() ? null : documents.lastKey();
    }

    /** Documents published on {@code day} (0: not covered). */
    public long on(LocalDate day) {
        return documents.getOrDefault(day, 0L);
    }

    /** Documents per day of [{@code from}, {@code to}] (index 0 is {@code from}; 0 for a day not covered). */
    public long[] daily(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        long[] out = new long[Math.max(0, days)];
        for (Map.Entry<LocalDate, Long> e : documents.subMap(from, to.plusDays(1)).entrySet()) {
            out[(int) ChronoUnit.DAYS.between(from, e.getKey())] = e.getValue();
        }
        return out;
    }

    /** Number of covered days in [{@code from}, {@code to}]. */
    public int coveredDays(LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            return 0;
        }
        // the documents of the LAG days after the range still cover its last days
        boolean[] c = covered(daily(from, to.plusDays(LAG)));
        int n = 0;
        for (int d = 0; d < c.length - LAG; d++) {
            n += c[d] ? 1 : 0;
        }
        return n;
    }

    /**
     * Whether each day is covered, from the documents per day: documents on the day or on one of the {@value #LAG}
     * day(s) after it (within the array).
     */
    public static boolean[] covered(long[] docs) {
        boolean[] out = new boolean[docs.length];
        for (int d = 0; d < docs.length; d++) {
            for (int k = 0; k <= LAG && d + k < docs.length && !out[d]; k++) {
                out[d] = docs[d + k] > 0;
            }
        }
        return out;
    }

    /** Most strata {@link #strata} makes. */
    public static final int STRATA = 4;

    /**
     * The volume stratum of each day of a range: the days are grouped into weeks (Monday to Sunday), the weeks
     * with at least one covered day ranked by their documents (fewest first; ties: earlier week first) and cut into
     * {@code min(4, weeks)} groups of (nearly) equal numbers of weeks; a covered day ({@link #covered}) takes its
     * week's group (0 = the quietest), a day not covered -1.
     *
     * @param from the day of index 0
     * @param docs documents per day
     */
    public static int[] strata(LocalDate from, long[] docs) {
        Objects.requireNonNull(from, "from");
        int[] out = new int[docs.length];
        boolean[] covered = covered(docs);
        Map<LocalDate, Long> weeks = new HashMap<>();
        for (int d = 0; d < docs.length; d++) {
            if (covered[d]) {
                weeks.merge(monday(from.plusDays(d)), docs[d], Long::sum);
            }
        }
        List<LocalDate> order = new ArrayList<>(weeks.keySet());
        order.sort(Comparator.comparing((LocalDate w) -> weeks.get(w)).thenComparing(w -> w));
        int groups = Math.min(STRATA, order.size());
        Map<LocalDate, Integer> group = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            group.put(order.get(i), (int) ((long) i * groups / order.size()));
        }
        for (int d = 0; d < docs.length; d++) {
            out[d] = covered[d] ? group.get(monday(from.plusDays(d))) : -1;
        }
        return out;
    }

    private static LocalDate monday(LocalDate d) {
        return d.minusDays(d.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }
}
