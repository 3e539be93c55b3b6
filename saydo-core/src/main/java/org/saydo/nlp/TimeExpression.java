package org.saydo.nlp;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A temporal expression found in a sentence and resolved against the publication date.
 *
 * @param text the words, as written
 * @param firstToken index of its first token in the sentence
 * @param lastToken index of its last token in the sentence
 * @param begin document offset of its first character
 * @param end document offset one past its last character
 * @param date the first day of the period it denotes ("last month" in a report of 2025-12-04 is 2025-11-01),
 *             or {@code null} when it names no day (a duration, "recently")
 * @param value the normalised TIMEX3 value ({@code 2025-W49}, {@code 2025-12-02}, {@code PAST_REF})
 */
public record TimeExpression(String text, int firstToken, int lastToken, int begin, int end, LocalDate date,
        String value) {

    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        if (firstToken > lastToken) {
            throw new IllegalArgumentException("firstToken > lastToken: " + firstToken + " > " + lastToken);
        }
    }
}
