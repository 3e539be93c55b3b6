package org.saydo.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validation file as read: its environment, the records to run and how many were skipped.
 *
 * @param path the file
 * @param environment its {@code <Environment>}
 * @param records the records whose category the environment runs, in file order
 * @param skipped per category, how many records were skipped because the environment does not run it
 */
public record ValidationFile(Path path, ValidationEnvironment environment, List<ValidationRecord> records,
        Map<String, Integer> skipped) {

    public ValidationFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(environment, "environment");
        records = List.copyOf(records);
        skipped = Map.copyOf(skipped);
    }

    /** How many records were skipped in all. */
    public int skippedCount() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
