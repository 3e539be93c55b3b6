package org.saydo.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.saydo.store.CsvRows;
import org.saydo.store.Evidence;

/**
 * The analyses' results as CSV, through the project's one writer {@link CsvRows}: what {@code saydo gap | around |
 * ledger | profile --format csv} prints and what the HTTP API answers with {@code ?format=csv} or {@code Accept:
 * text/csv}. gap → one row per period plus {@code all}; around → one row per talk date; ledger → one row per
 * commitment; profile → its gap table. Stateless and thread-safe.
 */
public final class AnalysisCsv {

    private AnalysisCsv() {
    }

    /** The CSV of a result of {@link GapAnalysis}, {@link AroundTalks}, {@link Ledger} or {@link Profile}. */
    public static String write(Object result) {
        Objects.requireNonNull(result, "result");
        if (result instanceof GapAnalysis.Result r) {
            return gap(r);
        } else if (result instanceof AroundTalks.Result r) {
            return around(r);
        } else if (result instanceof Ledger.Result r) {
            return ledger(r);
        } else if (result instanceof Profile.Result r) {
            return gap(r.gap());
        }
        throw new IllegalArgumentException("not an analysis result: " + result.getClass().getName());
    }

    /** One row per period, then {@code all}. */
    public static String gap(GapAnalysis.Result r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("period", "verbal_cooperation", "verbal_conflict", "words", "words_goldstein",
                "material_cooperation", "material_conflict", "deeds", "deeds_goldstein", "gap", "events", "documents",
                "sources", "thin", "words_low", "words_high", "deeds_low", "deeds_high", "gap_low", "gap_high"));
        List<GapAnalysis.Row> all = new ArrayList<>(r.periods());
        all.add(r.total());
        for (GapAnalysis.Row row : all) {
            rows.add(List.of(row.period() == null ? "all" : row.period().toString(), s(row.verbalCooperation()),
                    s(row.verbalConflict()), s(row.words()), s(row.wordsGoldstein()), s(row.materialCooperation()),
                    s(row.materialConflict()), s(row.deeds()), s(row.deedsGoldstein()), s(row.gap()),
                    s(row.support().events()), s(row.support().documents()), s(row.support().sources()),
                    row.period() != null && row.support().thin() ? "true" : "false", s(row.wordsInterval().low()),
                    s(row.wordsInterval().high()), s(row.deedsInterval().low()), s(row.deedsInterval().high()),
                    s(row.gapInterval().low()), s(row.gapInterval().high())));
        }
        return CsvRows.of(rows);
    }

    /** One row per talk date. */
    public static String around(AroundTalks.Result r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("talk_date", "before", "during", "after", "talk_events"));
        for (AroundTalks.Talk t : r.talks()) {
            rows.add(List.of(t.date().toString(), s(t.before()), s(t.during()), s(t.after()),
                    String.join(" ", t.talkEvents().stream().map(String::valueOf).toList())));
        }
        return CsvRows.of(rows);
    }

    /** One row per commitment. */
    public static String ledger(Ledger.Result r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("event_key", "date", "cameo", "target", "rule", "status", "until", "kept_by", "broken_by",
                "doc", "sentence", "text"));
        for (Ledger.Entry e : r.entries()) {
            Evidence c = e.commitment();
            rows.add(List.of(s(c.eventKey()), s(c.date()), s(c.cameo()), s(c.target()), e.rule(), e.status().label(),
                    e.until().toString(), keys(e.kept()), keys(e.broken()), s(c.doc()), s(c.sentence()),
                    s(c.text())));
        }
        return CsvRows.of(rows);
    }

    private static String keys(List<Evidence> list) {
        return String.join(" ", list.stream().map(x -> String.valueOf(x.eventKey())).toList());
    }

    private static String s(Object o) {
        return o == null ? "" : String.valueOf(o);
    }
}
