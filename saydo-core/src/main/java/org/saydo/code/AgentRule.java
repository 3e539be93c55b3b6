package org.saydo.code;

import java.util.Objects;

/**
 * An agent code and how it joins an actor code: {@code ~GOV} is appended ({@code RUS} → {@code RUSGOV}),
 * {@code NGO~} is prepended.
 */
record AgentRule(String code, boolean prefix) {

    AgentRule {
        Objects.requireNonNull(code, "code");
    }

    /**
     * Applies the agent to an actor code. An agent that the code already carries, at a 3-letter boundary, is
     * not added again ({@code RUSGOV} + {@code ~GOV} stays {@code RUSGOV}).
     */
    String apply(String actor) {
        for (int i = 3; i + code.length() <= actor.length(); i += 3) {
            if (actor.startsWith(code, i)) {
                return actor;
            }
        }
        if (actor.startsWith(code)) {
            return actor;
        }
        return prefix ? code + actor : actor + code;
    }
}
