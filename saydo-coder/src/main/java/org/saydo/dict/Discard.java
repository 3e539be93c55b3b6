package org.saydo.dict;

import java.util.Objects;

/**
 * One discard-list entry. Immutable.
 *
 * @param phrase the upper-case phrase, words separated by one blank
 * @param wholeStory true for {@code +} entries: the whole story is not coded
 * @param wholeWord true if the entry ended with {@code _}: the match must end at a word boundary;
 *     otherwise it is a stem (the last word may continue)
 * @param source {@code file:line}
 */
public record Discard(String phrase, boolean wholeStory, boolean wholeWord, String source) {
    public Discard {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(source, "source");
        if (phrase.isBlank()) {
            throw new IllegalArgumentException("blank discard phrase at " + source);
        }
    }
}
