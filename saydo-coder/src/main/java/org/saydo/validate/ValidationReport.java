package org.saydo.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of running a validation file.
 *
 * @param file the file as read
 * @param results one result per record run, in file order
 */
public record ValidationReport(ValidationFile file, List<RecordResult> results) {

    public ValidationReport {
        Objects.requireNonNull(file, "file");
        results = List.copyOf(results);
    }

    /** The score over all records. */
    public Score total() {
        Score s = Score.ZERO;
        for (RecordResult r : results) {
            s = s.plus(r);
        }
        return s;
    }

    /** The score per category, categories in the order they first appear in the file. */
    public Map<String, Score> byCategory() {
        Map<String, Score> out = new LinkedHashMap<>();
        for (RecordResult r : results) {
            out.merge(r.record().category(), Score.ZERO.plus(r), (a, b) -> a.plus(r));
        }
        return out;
    }

    /** The records that did not come out exactly as expected. */
    public List<RecordResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** How many records the coder failed on. */
    public int coderFailures() {
        return (int) results.stream().filter(r -> r.failure() != null).count();
    }

    /** The contract's last line: {@code validate: N records, C codings expected, TP=x.x% FN=y.y% FP=z.z%}. */
    public String summaryLine() {
        Score t = total();
        return String.format(java.util.Locale.ROOT, "validate: %d records, %d codings expected, TP=%.1f%% FN=%.1f%% "
                + "FP=%.1f%%", t.records(), t.expected(), t.tpPercent(), t.fnPercent(), t.fpPercent());
    }
}
