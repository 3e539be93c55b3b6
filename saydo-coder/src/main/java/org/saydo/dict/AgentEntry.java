package org.saydo.dict;

import java.util.Objects;

/**
 * One agent phrase ({@code PRESIDENT [~GOVPRS]}, {@code HUMAN_RIGHTS_BODY [NGO~]}). Plural forms and
 * substitution-marker expansions are separate phrases pointing to the same kind of entry. Immutable.
 *
 * @param phrase the phrase, words separated by one blank
 * @param code the agent code without {@code ~}
 * @param prefix true for {@code CODE~} (prepended to the actor code), false for {@code ~CODE} (appended)
 * @param source {@code file:line} of the agent line
 */
public record AgentEntry(String phrase, String code, boolean prefix, String source) {

    public AgentEntry {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        if (code.isEmpty() || code.contains("~")) {
            throw new IllegalArgumentException("bad agent code '" + code + "' at " + source);
        }
    }

    /** @return true for {@code CODE~} entries */
    public boolean isPrefix() {
        return prefix;
    }

    /**
     * An agent the actor's code already carries, at a 3-letter boundary, is not added again ({@code RUSGOV} with
     * {@code ~GOV} stays {@code RUSGOV}).
     *
     * @param actorCode the actor's code, e.g. {@code USA}
     * @return the combined code: {@code USAGOV} for {@code ~GOV}, {@code NGOUSA} for {@code NGO~}
     */
    public String apply(String actorCode) {
        Objects.requireNonNull(actorCode, "actorCode");
        for (int i = 0; i + code.length() <= actorCode.length(); i += 3) {
            if (actorCode.startsWith(code, i)) {
                return actorCode;
            }
        }
        return prefix ? code + actorCode : actorCode + code;
    }
}
