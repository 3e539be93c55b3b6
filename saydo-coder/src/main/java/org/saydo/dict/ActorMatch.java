package org.saydo.dict;

import java.util.Objects;

/**
 * An actor phrase found in a token list. Immutable.
 *
 * @param start index of the first matched token
 * @param length number of tokens matched (at least 1)
 * @param entry the actor entry
 */
public record ActorMatch(int start, int length, ActorEntry entry) {
    public ActorMatch {
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
