package org.saydo.dict;

import java.util.Objects;

/**
 * An agent phrase found in a token list. Immutable.
 *
 * @param start index of the first matched token
 * @param length number of tokens matched (at least 1)
 * @param entry the agent entry
 */
public record AgentMatch(int start, int length, AgentEntry entry) {
    public AgentMatch {
        Objects.requireNonNull(entry, "entry");
        if (start < 0 || length < 1) {
            throw new IllegalArgumentException("bad match: start=" + start + ", length=" + length);
        }
    }

    /** @return index one past the last matched token */
    public int end() {
        return start + length;
    }
}
