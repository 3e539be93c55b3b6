package org.saydo.validate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.saydo.doc.Document;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import org.saydo.record.Event;
import org.saydo.record.Modality;

/**
 * Codes each record of a validation file with a {@link Coder} and compares the set of (source, target, event
 * code) found with the set expected.
 *
 * <ul>
 * <li>Each record's text is one document whose publication date is the record's {@code date}, so date-bounded
 *     actor codes choose as PETRARCH does.</li>
 * <li>An event counts as found when its {@link Modality} is among the counted ones. By default every modality
 *     but {@link Modality#NEGATED} counts: PETRARCH codes "will break", "would act" and "is about to restore"
 *     (the suite expects them) but not "did not".</li>
 * <li>A missing target is {@value Coding#NONE}, as PETRARCH writes it, and compares equal to an expected
 *     {@code ---}. Agent-only codes ({@code ---GOV}) compare as strings.</li>
 * <li>Duplicates count once on both sides.</li>
 * <li>Codes are compared exactly: {@code 1711} for {@code 1712} is a miss and a false positive; the
 *     {@link Score#agree3()} and {@link Score#agree2()} figures report how many misses were that close.</li>
 * <li>{@code noevents} and {@code error} records expect nothing; whatever is found there is a false positive.</li>
 * </ul>
 * Thread-safe when the coder is.
 */
public final class Validator {

    /** Every modality but {@link Modality#NEGATED}. */
    public static final Set<Modality> DEFAULT_COUNTED = Set.copyOf(EnumSet.complementOf(EnumSet.of(Modality.NEGATED)));

    private final Coder coder;
    private final Set<Modality> counted;

    /**
     * @param coder the coder, built over the file's dictionaries
     * @param counted the modalities whose events count as found; not empty
     */
    public Validator(Coder coder, Set<Modality> counted) {
        this.coder = Objects.requireNonNull(coder, "coder");
        this.counted = Set.copyOf(Objects.requireNonNull(counted, "counted"));
        if (this.counted.isEmpty()) {
            throw new IllegalArgumentException("no modality counts: every record would find nothing");
        }
    }

    /** Runs every record, telling {@code progress} after each. */
    public ValidationReport run(ValidationFile file, Consumer<RecordResult> progress) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(progress, "progress");
        List<RecordResult> results = new ArrayList<>();
        for (ValidationRecord r : file.records()) {
            RecordResult result = score(r);
            results.add(result);
            progress.accept(result);
        }
        return new ValidationReport(file, results);
    }

    /** Codes and scores one record. A coder exception is recorded as the record's failure, not thrown. */
    public RecordResult score(ValidationRecord record) {
        Objects.requireNonNull(record, "record");
        CodedDocument coded;
        try {
            coded = coder.code(Document.of(record.id(), record.date(), record.text()));
        } catch (RuntimeException e) {
            return new RecordResult(record, List.of(), 0, List.of(), String.valueOf(e));
        }
        List<Coding> found = new ArrayList<>();
        List<String> uncounted = new ArrayList<>();
        int duplicates = 0;
        for (Event e : coded.events()) {
            Coding c = coding(e);
            if (!counted.contains(e.modality())) {
                uncounted.add(c + " (" + e.modality().label() + ")");
            } else if (found.contains(c)) {
                duplicates++;
            } else {
                found.add(c);
            }
        }
        return new RecordResult(record, found, duplicates, uncounted, null);
    }

    /** The coding of an event as a validation file would write it. */
    static Coding coding(Event e) {
        return new Coding(e.source().code(), e.target() == null ? Coding.NONE : e.target().code(), e.cameo());
    }
}
