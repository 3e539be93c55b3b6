package org.saydo.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One record scored: what was expected, what Saydo found.
 *
 * @param record the record
 * @param found the codings Saydo found whose modality counts, duplicates removed, in text order
 * @param duplicates how many further events repeated a coding already in {@code found} (not counted again)
 * @param uncounted codings Saydo found with a modality that does not count (negated, by default), for the
 *                  failure list; they are neither true nor false positives
 * @param failure the coder's exception message when it failed on this record (then {@code found} is empty),
 *                else {@code null}
 */
public record RecordResult(ValidationRecord record, List<Coding> found, int duplicates, List<String> uncounted,
        String failure) {

    public RecordResult {
        Objects.requireNonNull(record, "record");
        found = List.copyOf(found);
        uncounted = List.copyOf(uncounted);
        if (duplicates < 0) {
            throw new IllegalArgumentException("duplicates " + duplicates + " < 0");
        }
    }

    /** Expected codings that were found. */
    public List<Coding> truePositives() {
        return record.expected().stream().filter(found::contains).toList();
    }

    /** Expected codings that were not found. */
    public List<Coding> falseNegatives() {
        return record.expected().stream().filter(c -> !found.contains(c)).toList();
    }

    /** Found codings that were not expected. */
    public List<Coding> falsePositives() {
        return found.stream().filter(c -> !record.expected().contains(c)).toList();
    }

    /**
     * Expected codings for which a found coding has the same source and target and an event code agreeing in its
     * first {@code digits} characters (exact matches included): {@code agreeing(3)} forgives a 4th digit,
     * {@code agreeing(2)} asks only for the same CAMEO root.
     */
    public List<Coding> agreeing(int digits) {
        List<Coding> out = new ArrayList<>();
        for (Coding e : record.expected()) {
            for (Coding f : found) {
                if (f.source().equals(e.source()) && f.target().equals(e.target())
                        && f.eventPrefix(digits).equals(e.eventPrefix(digits))) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the record came out exactly as expected. */
    public boolean passed() {
        return failure == null && falseNegatives().isEmpty() && falsePositives().isEmpty();
    }
}
