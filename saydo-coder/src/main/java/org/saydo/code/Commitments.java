package org.saydo.code;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saydo.record.Event;

/**
 * Commitments need a party they are made to. CAMEO's intent to cooperate (03: "offer, promise, agree to, or
 * otherwise indicate willingness or commitment to cooperate") is cooperation with someone: an announced act of one's
 * own that names no partner ("Pyongyang said it would launch more satellites", "the Group of Seven promised to help
 * repair the grid" with no one's grid named) is no promise to anyone, and is left out once implicit targets have been
 * filled (words.txt {@code partnered-codes}: intents to cooperate, to cooperate materially or diplomatically, to
 * give aid, to meet or negotiate). An intent to yield (035: "promised to withdraw its troops") or to reform (034) may
 * be made to no one, and threats (13) without a target stay: a threat of force may be aimed at whoever defies it
 * ("anyone who interferes"). Stateless and thread-safe.
 */
final class Commitments {

    /** CAMEO codes (prefixes) whose events need a target. */
    private static final Set<String> PARTNERED = WordLists.words("partnered-codes");

    private Commitments() {
    }

    /** The events without the commitments made to no one. */
    static List<Event> partnered(List<Event> events) {
        Objects.requireNonNull(events, "events");
        return events.stream()
                .filter(e -> e.target() != null || PARTNERED.stream().noneMatch(e.cameo()::startsWith))
                .toList();
    }
}
