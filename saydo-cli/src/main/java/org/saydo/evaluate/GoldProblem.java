package org.saydo.evaluate;

import java.util.Objects;

/**
 * A gold line that was skipped, or a document that could not be coded.
 *
 * @param file the gold file
 * @param line its line, from 1
 * @param reason what is wrong
 */
public record GoldProblem(String file, int line, String reason) {

    public GoldProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        if (line < 1) {
            throw new IllegalArgumentException("line < 1: " + line);
        }
    }

    /** {@code FILE:LINE: reason}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
