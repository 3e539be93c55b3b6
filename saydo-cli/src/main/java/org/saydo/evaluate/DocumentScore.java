package org.saydo.evaluate;

import java.util.List;
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
 */
public record DocumentScore(GoldDocument gold, List<Event> system, List<Quote> systemQuotes, List<Pair> matched,
        List<GoldEvent> missed, List<Event> spurious, int matchedCode, List<QuotePair> quotes,
        int backgroundAsDeeds, List<String> errors) {

    public DocumentScore {
        Objects.requireNonNull(gold, "gold");
        system = List.copyOf(system);
        systemQuotes = List.copyOf(systemQuotes);
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
        quotes = List.copyOf(quotes);
        errors = List.copyOf(errors);
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
