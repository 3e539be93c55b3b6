package org.saydo.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * A file, line, feed item or document the job could not read or code: one row of the {@code failures} table.
 *
 * @param where the file (or {@code file:line}, {@code file#item N}, a JSON Lines report's URL)
 * @param reason why, as {@code saydo ingest} words it
 * @param stage {@code read} or {@code code}
 */
record Failure(String where, String reason, String stage) implements Serializable {

    private static final long serialVersionUID = 1L;

    Failure {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(stage, "stage");
    }
}
