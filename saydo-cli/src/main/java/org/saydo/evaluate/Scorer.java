package org.saydo.evaluate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.saydo.ontology.CameoOntology;
import org.saydo.record.Event;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;

/**
 * Scores the coder's events and quotes for one document against its gold annotation. Knows nothing of how the
 * events were made: a scorer over records. Stateless and thread-safe.
 *
 * <p><b>Events</b> are matched one to one, per document, on source, target and CAMEO root (actors by
 * {@link ActorCodes#primary primary code}; a null target matches only a null target). Gold events are taken in
 * file order; each takes, among the system events still free with the same key, first one whose sentence
 * overlaps the gold span, else any, the one that starts nearest the gold span either way. A second, independent
 * matching on source, target and the full CAMEO code gives the dyad + code figures. Every modality counts on
 * both sides: modality is scored on the matched pairs.
 *
 * <p><b>Quotes</b>: each gold quote, in file order, takes the free system quote whose span overlaps its own
 * most.
 */
public final class Scorer {

    private Scorer() {
    }

    /** Scores one document. */
    public static DocumentScore score(GoldDocument gold, List<Event> system, List<Quote> quotes) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(quotes, "quotes");
        List<GoldEvent> golds = gold.events();
        int[] byRoot = match(golds, system, (g, e) -> sameDyad(g, e) && g.root().equals(root(e)));
        int[] byCode = match(golds, system, (g, e) -> sameDyad(g, e) && g.cameo().equals(e.cameo()));
        List<DocumentScore.Pair> matched = new ArrayList<>();
        List<GoldEvent> missed = new ArrayList<>();
        boolean[] used = new boolean[system.size()];
        for (int i = 0; i < golds.size(); i++) {
            if (byRoot[i] >= 0) {
                matched.add(new DocumentScore.Pair(golds.get(i), system.get(byRoot[i])));
                used[byRoot[i]] = true;
            } else {
                missed.add(golds.get(i));
            }
        }
        List<Event> spurious = new ArrayList<>();
        for (int j = 0; j < system.size(); j++) {
            if (!used[j]) {
                spurious.add(system.get(j));
            }
        }
        int matchedCode = 0;
        for (int m : byCode) {
            matchedCode += m >= 0 ? 1 : 0;
        }
        int background = 0;
        for (GoldEvent g : golds) {
            if (g.background() && system.stream().anyMatch(e -> isDeed(e) && sameDyad(g, e)
                    && g.root().equals(root(e)) && overlapsSentence(g, e.provenance()))) {
                background++;
            }
        }
        List<String> errors = new ArrayList<>();
        Map<DocumentScore.MissCause, Integer> causes = new EnumMap<>(DocumentScore.MissCause.class);
        for (DocumentScore.MissCause c : DocumentScore.MissCause.values()) {
            causes.put(c, 0);
        }
        errors(matched, missed, spurious, system, errors, causes);
        return new DocumentScore(gold, system, quotes, matched, missed, spurious, matchedCode,
                matchQuotes(gold.quotes(), quotes), background, errors, causes);
    }

    /** Whether the coder presents the event as a deed that happened (asserted or reported). */
    static boolean isDeed(Event e) {
        return e.modality() == Modality.ASSERTED || e.modality() == Modality.REPORTED;
    }

    static String root(Event e) {
        return CameoOntology.root(e.cameo());
    }

    static boolean sameDyad(GoldEvent g, Event e) {
        return ActorCodes.samePrimary(g.source(), e.source().code())
                && ActorCodes.samePrimary(g.target(), e.target() == null ? null : e.target().code());
    }

    private static boolean overlapsSentence(GoldEvent g, Provenance p) {
        return overlap(g.start(), g.end(), p.sentenceStart(), p.sentenceEnd()) > 0;
    }

    private static int overlap(int aStart, int aEnd, int bStart, int bEnd) {
        return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
    }

    /** For each gold event, the index of its system event, or -1. */
    private static int[] match(List<GoldEvent> golds, List<Event> system, BiPredicate<GoldEvent, Event> same) {
        int[] to = new int[golds.size()];
        java.util.Arrays.fill(to, -1);
        boolean[] taken = new boolean[system.size()];
        for (boolean sentence : new boolean[] {true, false}) {
            for (int i = 0; i < golds.size(); i++) {
                if (to[i] >= 0) {
                    continue;
                }
                GoldEvent g = golds.get(i);
                int best = -1;
                int bestDistance = Integer.MAX_VALUE;
                for (int j = 0; j < system.size(); j++) {
                    Event e = system.get(j);
                    if (taken[j] || !same.test(g, e) || (sentence && !overlapsSentence(g, e.provenance()))) {
                        continue;
                    }
                    int distance = Math.abs(e.provenance().start() - g.start());
                    if (distance < bestDistance) {
                        best = j;
                        bestDistance = distance;
                    }
                }
                if (best >= 0) {
                    to[i] = best;
                    taken[best] = true;
                }
            }
        }
        return to;
    }

    private static List<DocumentScore.QuotePair> matchQuotes(List<GoldQuote> golds, List<Quote> system) {
        boolean[] taken = new boolean[system.size()];
        List<DocumentScore.QuotePair> out = new ArrayList<>();
        for (GoldQuote g : golds) {
            int best = -1;
            int most = 0;
            for (int j = 0; j < system.size(); j++) {
                Provenance p = system.get(j).provenance();
                int o = overlap(g.start(), g.end(), p.start(), p.end());
                if (!taken[j] && o > most) {
                    best = j;
                    most = o;
                }
            }
            if (best >= 0) {
                taken[best] = true;
            }
            out.add(new DocumentScore.QuotePair(g, best >= 0 ? system.get(best) : null));
        }
        return out;
    }

    /**
     * Labels the errors into {@code out} and counts each missed gold event's {@link DocumentScore.MissCause} into
     * {@code causes}: a missed gold event next to a spurious system event in its sentence with the same dyad is
     * {@code root G -> S} ({@code WRONG_ROOT}); with the same root, {@code wrong dyad (root G)}
     * ({@code WRONG_DYAD}); with neither but other system events in its sentence, {@code missed (root G)}
     * ({@code OTHER_EVENTS}); with no system event in its sentence at all, {@code silent sentence (root G)}
     * ({@code SILENT}). A spurious event that explains no miss is {@code spurious (root S)}; a matched pair whose
     * modalities differ is {@code modality G -> S}.
     */
    private static void errors(List<DocumentScore.Pair> matched, List<GoldEvent> missed, List<Event> spurious,
            List<Event> system, List<String> out, Map<DocumentScore.MissCause, Integer> causes) {
        for (DocumentScore.Pair p : matched) {
            if (!p.gold().modality().equals(p.system().modality().label())) {
                out.add("modality " + p.gold().modality() + " -> " + p.system().modality().label());
            }
        }
        boolean[] explained = new boolean[spurious.size()];
        for (GoldEvent g : missed) {
            int sameDyad = -1;
            int sameRoot = -1;
            for (int j = 0; j < spurious.size(); j++) {
                Event e = spurious.get(j);
                if (!overlapsSentence(g, e.provenance())) {
                    continue;
                }
                if (sameDyad < 0 && sameDyad(g, e)) {
                    sameDyad = j;
                } else if (sameRoot < 0 && g.root().equals(root(e))) {
                    sameRoot = j;
                }
            }
            DocumentScore.MissCause cause;
            if (sameDyad >= 0) {
                out.add("root " + g.root() + " -> " + root(spurious.get(sameDyad)));
                explained[sameDyad] = true;
                cause = DocumentScore.MissCause.WRONG_ROOT;
            } else if (sameRoot >= 0) {
                out.add("wrong dyad (root " + g.root() + ")");
                explained[sameRoot] = true;
                cause = DocumentScore.MissCause.WRONG_DYAD;
            } else if (system.stream().anyMatch(e -> overlapsSentence(g, e.provenance()))) {
                out.add("missed (root " + g.root() + ")");
                cause = DocumentScore.MissCause.OTHER_EVENTS;
            } else {
                out.add("silent sentence (root " + g.root() + ")");
                cause = DocumentScore.MissCause.SILENT;
            }
            causes.merge(cause, 1, Integer::sum);
        }
        for (int j = 0; j < spurious.size(); j++) {
            if (!explained[j]) {
                out.add("spurious (root " + root(spurious.get(j)) + ")");
            }
        }
    }
}
