package org.saydo.validate;

import java.util.Objects;

/**
 * Something wrong in a validation file that did not stop the run: a record skipped as malformed, or an element
 * ignored.
 *
 * @param file the file
 * @param line the line, 0 when unknown
 * @param reason what is wrong and what was done about it
 */
public record ValidationProblem(String file, int line, String reason) {

    public ValidationProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line < 0: " + line);
        }
    }

    /** {@code FILE:LINE: reason}, or {@code FILE: reason} when the line is unknown. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
