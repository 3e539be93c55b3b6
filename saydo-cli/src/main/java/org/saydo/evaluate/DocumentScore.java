package org.saydo.evaluate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.saydo.record.Event;
import org.saydo.record.Quote;

/**
 * How the coder did on one document: the one-to-one matchings of its events and quotes against the gold.
 *
 * @param gold the annotation
 * @param system every event the coder emitted for the document, in its order
 * @param systemQuotes every quote the coder emitted
 * @param matched the pairs matched on dyad + root, in gold order
 * @param missed the gold events with no system event at dyad + root
 * @param spurious the system events matched to no gold event at dyad + root
 * @param matchedCode how many pairs match on dyad + full CAMEO code (a matching of its own)
 * @param quotes one entry per gold quote, in gold order, with the system quote its span overlaps, if any
 * @param backgroundAsDeeds how many gold background events the coder emitted as asserted or reported (same dyad
 *                          and root, in a sentence that overlaps the gold span)
 * @param errors one label per error, for the confusion table ({@code root 19 -> 17}, ...)
 * @param missCauses how many missed gold events have each {@link MissCause} (every cause present)
 */
public record DocumentScore(GoldDocument gold, List<Event> system, List<Quote> systemQuotes, List<Pair> matched,
        List<GoldEvent> missed, List<Event> spurious, int matchedCode, List<QuotePair> quotes,
        int backgroundAsDeeds, List<String> errors, Map<MissCause, Integer> missCauses) {

    public DocumentScore {
        Objects.requireNonNull(gold, "gold");
        system = List.copyOf(system);
        systemQuotes = List.copyOf(systemQuotes);
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
        quotes = List.copyOf(quotes);
        errors = List.copyOf(errors);
        missCauses = Map.copyOf(missCauses);
        if (missCauses.size() != MissCause.values().length
                || missCauses.values().stream().mapToInt(Integer::intValue).sum() != missed.size()) {
            throw new IllegalArgumentException("miss causes " + missCauses + " do not sum to missed "
                    + missed.size());
        }
        if (matched.size() + missed.size() != gold.events().size()) {
            throw new IllegalArgumentException("matched " + matched.size() + " + missed " + missed.size()
                    + " != gold " + gold.events().size());
        }
        if (matched.size() + spurious.size() != system.size()) {
            throw new IllegalArgumentException("matched " + matched.size() + " + spurious " + spurious.size()
                    + " != system " + system.size());
        }
        if (quotes.size() != gold.quotes().size()) {
            throw new IllegalArgumentException("quotes " + quotes.size() + " != gold " + gold.quotes().size());
        }
    }

    /**
     * Why a gold event was missed, judged from the unmatched system events in its sentence: one of the same dyad
     * with another root, else one of the same root with another dyad, else other events only, else none at all.
     */
    public enum MissCause {
        WRONG_ROOT, WRONG_DYAD, OTHER_EVENTS, SILENT;

        /** The JSON key and table label: {@code wrong_root}, ... */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How many missed gold events have {@code cause}. */
    public int missed(MissCause cause) {
        return missCauses.get(cause);
    }

    /** A gold event and the system event matched to it. */
    public record Pair(GoldEvent gold, Event system) {
        public Pair {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(system, "system");
        }
    }

    /** A gold quote and the system quote matched to it, or {@code null}. */
    public record QuotePair(GoldQuote gold, Quote system) {
        public QuotePair {
            Objects.requireNonNull(gold, "gold");
        }
    }
}
