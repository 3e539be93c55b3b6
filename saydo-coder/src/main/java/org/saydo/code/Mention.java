package org.saydo.code;

import java.util.Objects;
import org.saydo.dict.AgentEntry;

/**
 * A span of a sentence that a dictionary knows: an actor ({@code code} set) or an agent ({@code agent} set,
 * e.g. "spokesman", which needs an actor to attach to).
 *
 * @param first first token index
 * @param last last token index
 * @param code the actor code on the sentence's date, or null for an agent
 * @param name the dictionary's name for it
 * @param person true when the dictionary says the actor is a person
 * @param place true when the dictionary says the actor is a place ({@code #@ type=place}: a town, a region)
 * @param agent the agent entry for an agent mention; for a generic actor, the agent its words are; else null
 * @param generic true for an actor whose words are an agent's too: a body Phoenix gives to one state that any state
 *                has ("National Security Council", "Joint Chiefs of Staff"; {@link ActorResolver})
 */
record Mention(int first, int last, String code, String name, boolean person, boolean place, AgentEntry agent,
        boolean generic) {

    Mention(int first, int last, String code, String name, boolean person, boolean place, AgentEntry agent) {
        this(first, last, code, name, person, place, agent, false);
    }

    Mention {
        Objects.requireNonNull(name, "name");
        if (first > last) {
            throw new IllegalArgumentException("first > last: " + first + " > " + last);
        }
        if (code == null && agent == null || code != null && agent != null && !generic) {
            throw new IllegalArgumentException("a mention is an actor or an agent: " + name);
        }
    }

    boolean covers(int token) {
        return first <= token && token <= last;
    }

    boolean isActor() {
        return code != null;
    }
}
