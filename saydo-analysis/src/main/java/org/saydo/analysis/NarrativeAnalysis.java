package org.saydo.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.saydo.store.NarrativeReads;
import org.saydo.store.RecordReader;
import org.saydo.store.NarrativeReads.Filter;
import org.saydo.store.NarrativeReads.Voicing;

/**
 * Which narratives the record's documents (or one actor's quotes, or one outlet) push, since when, how often, per
 * week; and the echo: which actors voice a narrative after which others, with the lag in days. Reads the labels
 * that {@code ingest} stored ({@link NarrativeReads}). Not thread-safe (as its reader is not).
 */
public final class NarrativeAnalysis {

    private final NarrativeReads reads;

    public NarrativeAnalysis(RecordReader reader) {
        this.reads = Objects.requireNonNull(reader, "reader").narratives();
    }

    /**
     * One label: how often, since when, and its documents per week.
     *
     * @param weekly documents per week, every week (Monday) from the result's first to its last, zeros included
     */
    public record Label(String label, String narrative, boolean subnarrative, long documents, long claims,
            LocalDate firstSeen, LocalDate lastSeen, List<Week> weekly) {
        public Label {
            weekly = List.copyOf(weekly);
        }
    }

    /** Documents in the week starting (Monday) {@code week}. */
    public record Week(LocalDate week, long documents) {
    }

    /**
     * An actor's first voicing of a label, and whom it came after.
     *
     * @param label the label
     * @param actor the actor's code
     * @param actorName its name
     * @param first the publication date of the actor's first claim of the label
     * @param after the actor whose claim of the label came last before {@code first} (null when none did: the
     *     actor was among the first to voice it)
     * @param afterName its name, or null
     * @param afterDate the date of that claim, or null
     * @param lagDays days from {@code afterDate} to {@code first}, or null
     */
    public record Echo(String label, String actor, String actorName, LocalDate first, String after,
            String afterName, LocalDate afterDate, Long lagDays) {
    }

    /**
     * @param filter what was counted
     * @param labelled the record's labelled documents (0: nothing was labelled, run ingest with narratives)
     * @param labels the labels pushed, most documents first
     * @param echo per label, each actor's first voicing in date order
     */
    public record Result(Filter filter, long labelled, List<Label> labels, List<Echo> echo) {
        public Result {
            labels = List.copyOf(labels);
            echo = List.copyOf(echo);
        }
    }

    /** Runs the analysis under a filter. The echo is over every actor; with an actor, only the rows it is in. */
    public Result run(Filter filter) {
        Objects.requireNonNull(filter, "filter");
        List<NarrativeReads.Pushed> pushed = reads.pushed(filter);
        Map<String, Map<LocalDate, Long>> weeks = new TreeMap<>();
        LocalDate min = null;
        LocalDate max = null;
        for (NarrativeReads.Week w : reads.weekly(filter)) {
            weeks.computeIfAbsent(w.label(), k -> new TreeMap<>()).merge(w.week(), w.documents(), Long::sum);
            min = min == null || w.week().isBefore(min) ? w.week() : min;
            max = max == null || w.week().isAfter(max) ? w.week() : max;
        }
        List<Label> labels = new ArrayList<>();
        for (NarrativeReads.Pushed p : pushed) {
            List<Week> series = new ArrayList<>();
            Map<LocalDate, Long> own = weeks.getOrDefault(p.label(), Map.of());
            for (LocalDate w = min; w != null && !w.isAfter(max); w = w.plusWeeks(1)) {
                series.add(new Week(w, own.getOrDefault(w, 0L)));
            }
            labels.add(new Label(p.label(), p.narrative(), p.subnarrative(), p.documents(), p.claims(),
                    p.firstSeen(), p.lastSeen(), series));
        }
        List<Echo> echo = echo(reads.voicings(filter.withActor(null)));
        if (filter.actor() != null) {
            echo = echo.stream().filter(e -> e.actor().startsWith(filter.actor())
                    || e.after() != null && e.after().startsWith(filter.actor())).toList();
        }
        return new Result(filter, reads.labelledDocuments(), labels, echo);
    }

    /**
     * One period of an actor's words and deeds: its deeds as {@code gap} counts them, beside the narratives its
     * quotes carried.
     *
     * @param period the period's first day
     * @param deeds the actor's deeds (gap)
     * @param materialConflict of which material conflict
     * @param deedsGoldstein their mean Goldstein, or null
     * @param narratives per narrative, documents in which the actor's quotes carry it in the period
     */
    public record DeedsAndNarratives(LocalDate period, long deeds, long materialConflict, Double deedsGoldstein,
            Map<String, Long> narratives) {
        public DeedsAndNarratives {
            narratives = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(narratives));
        }
    }

    /**
     * An actor's narratives per period beside its deeds from {@code gap} (its actor and period; the narratives
     * of the quotes of that actor). Periods with deeds or narratives, in order; narratives most documents first.
     */
    public List<DeedsAndNarratives> besideDeeds(GapAnalysis.Result gap) {
        Objects.requireNonNull(gap, "gap");
        GapAnalysis.Request q = gap.request();
        Filter f = new Filter(q.actor(), null, q.from(), q.to(), null);
        List<String> narratives = reads.pushed(f).stream().filter(p -> !p.subnarrative())
                .map(NarrativeReads.Pushed::label).toList();
        Map<LocalDate, Map<String, java.util.Set<String>>> docs = new TreeMap<>();
        for (Voicing v : reads.voicings(f)) {
            if (narratives.contains(v.label())) {
                docs.computeIfAbsent(start(q.period(), v.date()), k -> new TreeMap<>())
                        .computeIfAbsent(v.label(), k -> new java.util.HashSet<>()).add(v.docId());
            }
        }
        Map<LocalDate, GapAnalysis.Row> deeds = new TreeMap<>();
        for (GapAnalysis.Row r : gap.periods()) {
            deeds.put(r.period(), r);
        }
        java.util.SortedSet<LocalDate> periods = new java.util.TreeSet<>(deeds.keySet());
        periods.addAll(docs.keySet());
        List<DeedsAndNarratives> out = new ArrayList<>();
        for (LocalDate p : periods) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String n : narratives) {
                java.util.Set<String> d = docs.getOrDefault(p, Map.of()).get(n);
                if (d != null) {
                    counts.put(n, (long) d.size());
                }
            }
            GapAnalysis.Row r = deeds.get(p);
            out.add(new DeedsAndNarratives(p, r == null ? 0 : r.deeds(), r == null ? 0 : r.materialConflict(),
                    r == null ? null : r.deedsGoldstein(), counts));
        }
        return out;
    }

    /** The first day of the period that holds {@code date}. */
    static LocalDate start(Period period, LocalDate date) {
        return switch (period) {
            case DAY -> date;
            case WEEK -> date.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** The record's claims that carry a label (and its sub-narratives'), newest first, at most {@code limit}. */
    public List<NarrativeReads.Claim> evidence(Filter filter, int limit) {
        return reads.claims(filter, limit);
    }

    /**
     * Who voiced each label after whom: for every actor, its first dated claim of the label, and the actor whose
     * claim came last strictly before that day (ties: the smaller code), with the lag in days. Asked the same way
     * of every actor. Rows by label, then first date, then actor.
     */
    static List<Echo> echo(List<Voicing> voicings) {
        Map<String, List<Voicing>> byLabel = new TreeMap<>();
        for (Voicing v : voicings) {
            byLabel.computeIfAbsent(v.label(), k -> new ArrayList<>()).add(v);
        }
        List<Echo> out = new ArrayList<>();
        for (var entry : byLabel.entrySet()) {
            List<Voicing> vs = new ArrayList<>(entry.getValue());
            vs.sort(Comparator.comparing(Voicing::date).thenComparing(Voicing::actor));
            Map<String, Voicing> first = new LinkedHashMap<>();
            for (Voicing v : vs) {
                first.putIfAbsent(v.actor(), v);
            }
            for (Voicing f : first.values()) {
                Voicing before = null;
                for (Voicing v : vs) {
                    if (!v.date().isBefore(f.date())) {
                        break;
                    }
                    if (!v.actor().equals(f.actor()) && (before == null || v.date().isAfter(before.date()))) {
                        before = v;
                    }
                }
                out.add(new Echo(entry.getKey(), f.actor(), f.actorName(), f.date(),
                        before == null ? null : before.actor(), before == null ? null : before.actorName(),
                        before == null ? null : before.date(),
                        before == null ? null : ChronoUnit.DAYS.between(before.date(), f.date())));
            }
        }
        return out;
    }
}
