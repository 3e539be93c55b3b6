package org.saydo.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validation file as read: its environment, the records to run, how many were skipped, and what was wrong
 * without stopping the run.
 *
 * @param path the file
 * @param environment its {@code <Environment>}
 * @param records the records whose category the environment runs, in file order
 * @param skipped per category, how many records were skipped because the environment does not run it; a record
 *                without a category counts under {@code ""}
 * @param malformed the records skipped because they are malformed (no id, a bad date, an incomplete
 *                  {@code <EventCoding>}, ...), one problem per record, in file order
 * @param warnings elements ignored (unknown ones) and dictionaries the file does not name, in file order
 * @param repairs what was repaired before the XML was read ({@code repaired: ...}), one per repair, in file
 *                order
 */
public record ValidationFile(Path path, ValidationEnvironment environment, List<ValidationRecord> records,
        Map<String, Integer> skipped, List<ValidationProblem> malformed, List<ValidationProblem> warnings,
        List<ValidationProblem> repairs) {

    public ValidationFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(environment, "environment");
        records = List.copyOf(records);
        skipped = Map.copyOf(skipped);
        malformed = List.copyOf(malformed);
        warnings = List.copyOf(warnings);
        repairs = List.copyOf(repairs);
    }

    /** How many repairs of each kind were made, by kind ({@code repaired: ...} without the prefix), in file order. */
    public Map<String, Integer> repairCounts() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        repairs.forEach(r -> counts.merge(r.reason().replaceFirst("^repaired: ", ""), 1, Integer::sum));
        return counts;
    }

    /** How many records were skipped in all. */
    public int skippedCount() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
