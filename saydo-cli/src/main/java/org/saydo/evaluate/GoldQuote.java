package org.saydo.evaluate;

import java.util.Objects;

/**
 * One quote of the gold annotation, its offsets mapped into the document's text.
 *
 * @param speaker the speaker's actor code
 * @param start document-text offset of the quoted words' first character
 * @param end document-text offset one past their last character
 * @param text the words at {@code start..end}
 * @param direct true for words in quotation marks
 */
public record GoldQuote(String speaker, int start, int end, String text, boolean direct) {

    public GoldQuote {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        if (speaker.isBlank()) {
            throw new IllegalArgumentException("blank speaker");
        }
        if (start < 0 || start > end) {
            throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end);
        }
    }
}
