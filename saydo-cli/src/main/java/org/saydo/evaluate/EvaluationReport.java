package org.saydo.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.saydo.ontology.CameoOntology;
import org.saydo.record.Event;

/**
 * The figures of an evaluation over many documents, summed from their {@link DocumentScore}s. Percentages are
 * {@code NaN} when their denominator is 0.
 *
 * @param documents the scores, in gold order
 * @param root events matched on dyad + root: gold, system, matched
 * @param code events matched on dyad + full CAMEO code
 * @param byRoot per CAMEO root (of the gold event for gold and matched, of the system event for system)
 * @param byQuad per QuadClass 1 to 4, likewise
 * @param byConflict events matched on dyad + root per the documents' {@code conflict} label ({@link #UNLABELLED}
 *                   for a document without one): where the coder is weak by story
 * @param byShape likewise per the documents' {@code shape} label (wire, liveblog, briefing, ...)
 * @param byModality per modality label: how many gold events have it and how many of them were found, and how
 *                   many system events carry it
 * @param fullActors matched (dyad + root) pairs whose source and target codes agree in full
 * @param modalityCorrect matched pairs whose modality agrees (gold label = system label)
 * @param datesScored matched pairs whose gold event has a date
 * @param datesCorrect of those, the pairs whose system date is the gold date
 * @param materialConflict the system's QuadClass 4 events emitted as asserted or reported ({@code system}), and
 *                         those matched (dyad + root) to a gold event that is asserted or reported
 *                         ({@code matched}); {@code gold} counts the gold's asserted or reported QuadClass 4
 *                         events
 * @param backgroundGold gold events marked background
 * @param backgroundAsDeeds of those, how many the system emitted as asserted or reported
 * @param quotes gold quotes, system quotes, gold quotes matched by span
 * @param speakerCorrect gold quotes whose matched system quote has the same primary speaker code
 * @param errors error labels with their counts, most frequent first
 * @param missCauses the missed gold events by {@link DocumentScore.MissCause}, in the enum's order
 */
public record EvaluationReport(List<DocumentScore> documents, Counts root, Counts code,
        SortedMap<String, Counts> byRoot, SortedMap<Integer, Counts> byQuad, SortedMap<String, Counts> byConflict,
        SortedMap<String, Counts> byShape, SortedMap<String, ModalityCounts> byModality, int fullActors, int modalityCorrect,
        int datesScored, int datesCorrect, Counts materialConflict, int backgroundGold, int backgroundAsDeeds,
        Counts quotes, int speakerCorrect, Map<String, Integer> errors,
        Map<DocumentScore.MissCause, Integer> missCauses) {

    public EvaluationReport {
        documents = List.copyOf(documents);
        byRoot = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byRoot));
        byQuad = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byQuad));
        byConflict = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byConflict));
        byShape = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byShape));
        byModality = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byModality));
        errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        missCauses = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(missCauses));
    }

    /** The {@code byConflict} / {@code byShape} key of a document whose gold line has no such label. */
    public static final String UNLABELLED = "-";

    /** Gold items, system items, and how many of them were matched. */
    public record Counts(int gold, int system, int matched) {
        public Counts {
            if (gold < 0 || system < 0 || matched < 0 || matched > gold || matched > system) {
                throw new IllegalArgumentException("bad counts: gold=" + gold + ", system=" + system + ", matched="
                        + matched);
            }
        }

        /** Matched as a percentage of system items. */
        public double precision() {
            return percent(matched, system);
        }

        /** Matched as a percentage of gold items. */
        public double recall() {
            return percent(matched, gold);
        }

        Counts plus(int g, int s, int m) {
            return new Counts(gold + g, system + s, matched + m);
        }

        Counts plus(Counts o) {
            return plus(o.gold, o.system, o.matched);
        }
    }

    /**
     * One modality's figures. A gold event found with another modality counts in {@code found} but not in
     * {@code foundAsSuch}, so there is no precision here: the system column counts system events by their own
     * label.
     *
     * @param gold gold events with this modality
     * @param found of those, the ones matched (dyad + root) by a system event
     * @param foundAsSuch of those, the ones whose system event has this modality too
     * @param system system events with this modality
     */
    public record ModalityCounts(int gold, int found, int foundAsSuch, int system) {
        public ModalityCounts {
            if (foundAsSuch < 0 || found < foundAsSuch || gold < found || system < 0) {
                throw new IllegalArgumentException("bad modality counts: gold=" + gold + ", found=" + found
                        + ", foundAsSuch=" + foundAsSuch + ", system=" + system);
            }
        }

        /** Found as a percentage of gold events. */
        public double recall() {
            return percent(found, gold);
        }
    }

    /** {@code 100 * part / whole}, or NaN when {@code whole} is 0. */
    public static double percent(int part, int whole) {
        return whole == 0 ? Double.NaN : 100.0 * part / whole;
    }

    /** Sums the documents' scores. */
    public static EvaluationReport of(List<DocumentScore> scores) {
        Objects.requireNonNull(scores, "scores");
        Counts root = new Counts(0, 0, 0);
        Counts code = new Counts(0, 0, 0);
        Map<String, int[]> roots = new TreeMap<>();
        Map<Integer, int[]> quads = new TreeMap<>();
        SortedMap<String, Counts> byConflict = new TreeMap<>();
        SortedMap<String, Counts> byShape = new TreeMap<>();
        Map<String, int[]> modalities = new TreeMap<>();
        for (int q = 1; q <= 4; q++) {
            quads.put(q, new int[3]);
        }
        int fullActors = 0;
        int modality = 0;
        int datesScored = 0;
        int datesCorrect = 0;
        int mcGold = 0;
        int mcSystem = 0;
        int mcMatched = 0;
        int backgroundGold = 0;
        int backgroundAsDeeds = 0;
        int goldQuotes = 0;
        int systemQuotes = 0;
        int matchedQuotes = 0;
        int speaker = 0;
        Map<String, Integer> errors = new TreeMap<>();
        Map<DocumentScore.MissCause, Integer> missCauses = new java.util.EnumMap<>(DocumentScore.MissCause.class);
        for (DocumentScore.MissCause c : DocumentScore.MissCause.values()) {
            missCauses.put(c, 0);
        }
        for (DocumentScore d : scores) {
            for (DocumentScore.MissCause c : DocumentScore.MissCause.values()) {
                missCauses.merge(c, d.missed(c), Integer::sum);
            }
            root = root.plus(d.gold().events().size(), d.system().size(), d.matched().size());
            Counts own = new Counts(d.gold().events().size(), d.system().size(), d.matched().size());
            byConflict.merge(label(d.gold().conflict()), own, Counts::plus);
            byShape.merge(label(d.gold().shape()), own, Counts::plus);
            code = code.plus(d.gold().events().size(), d.system().size(), d.matchedCode());
            for (GoldEvent g : d.gold().events()) {
                roots.computeIfAbsent(g.root(), k -> new int[3])[0]++;
                quads.get(CameoOntology.quadOf(g.cameo()))[0]++;
                modalities.computeIfAbsent(g.modality(), k -> new int[4])[0]++;
                if (g.background()) {
                    backgroundGold++;
                }
                if (isDeed(g) && CameoOntology.quadOf(g.cameo()) == 4) {
                    mcGold++;
                }
            }
            for (Event e : d.system()) {
                roots.computeIfAbsent(Scorer.root(e), k -> new int[3])[1]++;
                quads.get(CameoOntology.quadOf(e.cameo()))[1]++;
                modalities.computeIfAbsent(e.modality().label(), k -> new int[4])[3]++;
                if (Scorer.isDeed(e) && CameoOntology.quadOf(e.cameo()) == 4) {
                    mcSystem++;
                }
            }
            for (DocumentScore.Pair p : d.matched()) {
                GoldEvent g = p.gold();
                Event e = p.system();
                roots.get(g.root())[2]++;
                quads.get(CameoOntology.quadOf(g.cameo()))[2]++;
                if (g.source().equals(e.source().code())
                        && Objects.equals(g.target(), e.target() == null ? null : e.target().code())) {
                    fullActors++;
                }
                modalities.get(g.modality())[1]++;
                if (g.modality().equals(e.modality().label())) {
                    modality++;
                    modalities.get(g.modality())[2]++;
                }
                if (g.date() != null) {
                    datesScored++;
                    if (g.date().equals(e.date())) {
                        datesCorrect++;
                    }
                }
                if (Scorer.isDeed(e) && CameoOntology.quadOf(e.cameo()) == 4 && isDeed(g)) {
                    mcMatched++;
                }
            }
            backgroundAsDeeds += d.backgroundAsDeeds();
            goldQuotes += d.gold().quotes().size();
            systemQuotes += d.systemQuotes().size();
            for (DocumentScore.QuotePair q : d.quotes()) {
                if (q.system() != null) {
                    matchedQuotes++;
                    if (ActorCodes.samePrimary(q.gold().speaker(), q.system().speaker().code())) {
                        speaker++;
                    }
                }
            }
            d.errors().forEach(label -> errors.merge(label, 1, Integer::sum));
        }
        SortedMap<String, Counts> byRoot = new TreeMap<>();
        roots.forEach((k, v) -> byRoot.put(k, new Counts(v[0], v[1], v[2])));
        SortedMap<Integer, Counts> byQuad = new TreeMap<>();
        quads.forEach((k, v) -> byQuad.put(k, new Counts(v[0], v[1], v[2])));
        SortedMap<String, ModalityCounts> byModality = new TreeMap<>();
        modalities.forEach((k, v) -> byModality.put(k, new ModalityCounts(v[0], v[1], v[2], v[3])));
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(errors.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> ranked = new LinkedHashMap<>();
        sorted.forEach(e -> ranked.put(e.getKey(), e.getValue()));
        return new EvaluationReport(scores, root, code, byRoot, byQuad, byConflict, byShape, byModality, fullActors, modality, datesScored,
                datesCorrect, new Counts(mcGold, mcSystem, mcMatched), backgroundGold,
                backgroundAsDeeds, new Counts(goldQuotes, systemQuotes, matchedQuotes), speaker, ranked, missCauses);
    }

    private static String label(String label) {
        return label == null || label.isBlank() ? UNLABELLED : label;
    }

    private static boolean isDeed(GoldEvent g) {
        return g.modality().equals("asserted") || g.modality().equals("reported");
    }

    /** Modality accuracy over the matched (dyad + root) pairs, in percent. */
    public double modalityAccuracy() {
        return percent(modalityCorrect, root.matched());
    }

    /** Date accuracy over the matched pairs whose gold event has a date, in percent. */
    public double dateAccuracy() {
        return percent(datesCorrect, datesScored);
    }

    /** Precision of the system's asserted or reported material-conflict events, in percent. */
    public double materialConflictPrecision() {
        return percent(materialConflict.matched(), materialConflict.system());
    }

    /** Gold quotes whose matched system quote has the right primary speaker, over all gold quotes, in percent. */
    public double speakerAccuracy() {
        return percent(speakerCorrect, quotes.gold());
    }

    /**
     * {@code evaluate: N documents, G gold events, P=x.x% R=y.y% (dyad+root), quotes Q gold, speaker=z.z%}; a
     * figure with nothing to divide by is printed as 0.0%.
     */
    public String summaryLine() {
        return String.format(Locale.ROOT,
                "evaluate: %d documents, %d gold events, P=%.1f%% R=%.1f%% (dyad+root), quotes %d gold, speaker=%.1f%%",
                documents.size(), root.gold(), zero(root.precision()), zero(root.recall()), quotes.gold(),
                zero(speakerAccuracy()));
    }

    private static double zero(double percent) {
        return Double.isNaN(percent) ? 0.0 : percent;
    }
}
