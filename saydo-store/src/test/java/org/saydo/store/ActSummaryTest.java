package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.doc.Document;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import org.saydo.record.Modality;

class ActSummaryTest {

    @TempDir
    Path dir;

    private static final FakeCoder CODER = new FakeCoder();

    private static CodedDocument coded(String outlet, String published, String text) {
        return CODER.code(new Document(Document.idOf(text), outlet + ".txt", null, outlet, null,
                LocalDate.parse(published), text));
    }

    private RecordStore open(String name) {
        return RecordStore.open(dir.resolve(name).toString(), StoreFixtures.CAMEO);
    }

    /** A coder that codes as {@link FakeCoder} but forgets stated intents: a dictionary change, for recode. */
    static final Coder NO_INTENTS = d -> {
        CodedDocument c = CODER.code(d);
        return new CodedDocument(c.document(), c.sentences(), c.events().stream()
                .filter(e -> e.modality() != Modality.INTENT).toList(), c.quotes());
    };

    static GdeltEvent gdelt(String id, String date, String actor1, String actor2, String code) {
        return GdeltEvent.parse("g:" + id, String.join("\t", GdeltEventTest.row(id, date, actor1, actor2, code)));
    }

    @Test
    void weeklyWordsAndDeedsCountEachEventOnceAndFollowRecodesAndImports() {
        try (RecordStore store = open("s.duckdb")) {
            // week of Monday 2025-12-01: a meeting (word, +1.0) told by two outlets, a strike (deed, -10.0), and a
            // plain statement (a quote, word, 010: 0.0)
            store.store(coded("tass", "2025-12-02", "[RUSGOV 040 USAGOV 2025-12-02] [RUSMIL 190 UKR 2025-12-03] "
                    + "{RUSGOV says}"), LinkRule.standard());
            store.store(coded("rt", "2025-12-03", "Another story. [RUSGOV 040 USAGOV 2025-12-02] [RUSMIL 190 UKR "
                    + "2025-12-03]"), LinkRule.standard());
            // week of 2025-12-08: a stated intent to strike (a word of QuadClass 3, the deed's weight -10.0) and a
            // denied strike (neither)
            CodedDocument threat = coded("tass", "2025-12-09", "[RUS 190 UKR 2025-12-09 intent] "
                    + "[RUS 190 UKR 2025-12-10 negated]");
            store.store(threat, LinkRule.standard());

            List<ActSummary.PeriodCounts> weeks = store.wordsAndDeeds("RUS", null, ActSummary.Period.WEEK, null, null);
            assertThat(weeks).containsExactly(
                    new ActSummary.PeriodCounts(LocalDate.of(2025, 12, 1), 2, 0, 2, 1.0, 0, 1, 1, -10.0),
                    new ActSummary.PeriodCounts(LocalDate.of(2025, 12, 8), 0, 1, 1, -10.0, 0, 0, 0, 0.0));
            assertThat(weeks.get(0).meanWords()).isEqualTo(0.5);
            assertThat(store.wordsAndDeeds("RUS", "UKR", ActSummary.Period.WEEK, null, null))
                    .extracting(ActSummary.PeriodCounts::words, ActSummary.PeriodCounts::deeds)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 1L),
                            org.assertj.core.groups.Tuple.tuple(1L, 0L));

            // a dictionary change drops stated intents: the second week is gone
            store.recode(NO_INTENTS.code(threat.document()), LinkRule.standard());
            assertThat(store.wordsAndDeeds("RUS", null, ActSummary.Period.WEEK, null, null))
                    .extracting(ActSummary.PeriodCounts::start).containsExactly(LocalDate.of(2025, 12, 1));

            // a GDELT row of Russia's government meeting the US (weight 1.0 in the row) is one more word
            store.importGdelt(List.of(gdelt("1001", "20251204", "RUSGOV", "USAGOV", "040")));
            assertThat(store.wordsAndDeeds("RUS", null, ActSummary.Period.MONTH, null, null)).containsExactly(
                    new ActSummary.PeriodCounts(LocalDate.of(2025, 12, 1), 3, 0, 3, 2.0, 0, 1, 1, -10.0));
            assertThat(store.wordsAndDeeds("RUS", null, ActSummary.Period.DAY, LocalDate.of(2025, 12, 3), null))
                    .containsExactly(new ActSummary.PeriodCounts(LocalDate.of(2025, 12, 3), 0, 0, 0, 0.0, 0, 1, 1,
                            -10.0), new ActSummary.PeriodCounts(LocalDate.of(2025, 12, 4), 1, 0, 1, 1.0, 0, 0, 0, 0.0));
        }
    }

    @Test
    void theMaintainedSummaryEqualsAFullRecountAfterIngestsRerunsRecodesAndImports() throws IOException {
        Path docs = IngesterTest.corpus(dir, 45); // three reports per story: linked events, repeated quotes
        Path more = Files.createDirectories(dir.resolve("more"));
        Files.writeString(more.resolve("a.txt"), "date 2025-11-20\nThreats. [RUSGOV 138 UKRGOV 2025-11-20 intent] "
                + "[UKRGOV 190 RUSMIL 2025-11-21 reported] {RUSGOV says} {UKRGOV says}");
        Files.writeString(more.resolve("b.txt"), "date 2025-11-22\nNo strike. [RUSGOV 190 UKRGOV 2025-11-22 negated] "
                + "[RUSGOV 190 UKRGOV 2025-11-22 intent] {  RUSGOV says}");
        try (RecordStore store = open("s.duckdb")) {
            Ingester.Options small = new Ingester.Options(2, LinkRule.standard(), null)
                    .withBatch(7, java.time.Duration.ofSeconds(5));
            new Ingester(store, CODER, small, Progress.NONE, e -> { }).ingest(List.of(docs));
            new Ingester(store, CODER, small, Progress.NONE, e -> { }).ingest(List.of(docs, more)); // a rerun, plus
            store.importGdelt(List.of(gdelt("2001", "20251202", "RUSGOV", "UKR", "190"),
                    gdelt("2002", "20251203", "USAGOV", "", "040")));
            new Ingester(store, NO_INTENTS, small, Progress.NONE, e -> { }).recode();
            store.importGdelt(List.of(gdelt("2001", "20251202", "RUSGOV", "UKR", "190"), // again: unchanged
                    gdelt("2003", "20251205", "RUSMIL", "UKRMIL", "190")));

            List<List<Object>> maintained = summary(store);
            assertThat(maintained).as("the summary is not empty").hasSizeGreaterThan(20);
            store.reindex();
            assertThat(summary(store)).isEqualTo(maintained);
        }
    }

    /** The summary tables, in a fixed order. */
    private static List<List<Object>> summary(RecordStore store) {
        List<List<Object>> rows = new ArrayList<>();
        rows.addAll(store.rowsTrusted("SELECT 'summary', * FROM act_summary ORDER BY ALL"));
        rows.addAll(store.rowsTrusted("SELECT 'event', * FROM event_acts ORDER BY ALL"));
        rows.addAll(store.rowsTrusted("SELECT 'quote', * FROM quote_acts ORDER BY ALL"));
        return rows;
    }
}
