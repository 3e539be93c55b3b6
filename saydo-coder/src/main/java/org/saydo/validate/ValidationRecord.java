package org.saydo.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One {@code <Sentence>} of a validation file.
 *
 * @param id the record's id ({@code DEMO-00})
 * @param category its category ({@code DEMO}, {@code SYNSET})
 * @param date the sentence's date, the publication date it is coded with; {@code null} when the file gives none
 * @param text the {@code <Text>}, white space collapsed
 * @param expected the expected codings, duplicates removed, in file order; empty for {@code noevents} and
 *                 {@code error} records
 * @param error the {@code error} attribute of an {@code <EventCoding error="...">} (a record PETRARCH rejects as
 *              a whole, e.g. {@code dateline}), else {@code null}; such records expect no codings
 * @param line the line of the {@code <Sentence>} start tag
 */
public record ValidationRecord(String id, String category, LocalDate date, String text, List<Coding> expected,
        String error, int line) {

    public ValidationRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
        expected = List.copyOf(expected);
        if (error != null && !expected.isEmpty()) {
            throw new IllegalArgumentException("record " + id + " expects both an error (" + error
                    + ") and codings " + expected);
        }
    }
}
