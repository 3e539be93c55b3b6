package org.saydo.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.store.RecordReader;
import org.saydo.store.StoreLocation;

class GapAnalysisTest {

    @TempDir
    Path dir;

    @Test
    void gapPerWeekWithTheMostContradictingPair() throws Exception {
        long strike;
        long talks;
        try (TestRecord r = new TestRecord(dir)) {
            // week of Mon 2025-12-01
            talks = r.event("2025-12-02", "RUSGOV", "USA", "040", "asserted");   // word q1, +1.0
            r.event("2025-12-02", "RUS", "UKR", "036", "intent");                  // word q1, +4.0
            strike = r.event("2025-12-03", "RUSMIL", "UKR", "190", "asserted");  // deed q4, -10.0
            r.report(strike, "2025-12-03", "RUSMIL", "UKR", "190", "reported");   // second report: same event
            r.event("2025-12-04", "RUS", "UKR", "190", "intent");                  // word q3 (stated intent), -10.0
            r.event("2025-12-04", "RUS", "UKR", "190", "hypothetical");            // neither
            r.event("2025-12-04", "RUS", "UKR", "195", "negated");                 // neither
            r.event("2025-12-04", "RUS", "UKR", "192", "background");              // neither: "its occupation"
            r.event("2025-12-05", "RUS", "UKR", "070", "asserted");                // deed q2, +7.0
            r.quote("2025-12-03", "RUSGOV", null, "010", "asserted", "Russia wants peace"); // word q1, 0.0
            r.event("2025-12-03", "USA", "RUS", "190", "asserted");                // another actor: not counted
            r.event("2025-12-03", "UKRGOV", "RUS", "040", "asserted");             // another actor: not counted
            // week of Mon 2025-12-08
            r.event("2025-12-09", "RUS", "UKR", "183", "reported");                // deed q4, -10.0
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            GapAnalysis.Result res = new GapAnalysis(reader).run(new GapAnalysis.Request("RUS", null, Period.WEEK,
                    null, null, 3, true));
            assertThat(res.periods()).hasSize(2);
            GapAnalysis.Row w1 = res.periods().get(0);
            assertThat(w1.period()).isEqualTo(LocalDate.parse("2025-12-01"));
            // words: 040 (+1), 036 intent (+4), 190 intent (-10), quote 010 (0): q1 = 3, q3 = 1
            assertThat(w1.verbalCooperation()).isEqualTo(3);
            assertThat(w1.verbalConflict()).isEqualTo(1);
            assertThat(w1.words()).isEqualTo(4);
            // mean (1 + 4 - 10 + 0) / 4 = -1.25
            assertThat(w1.wordsGoldstein()).isCloseTo(-1.25, within(1e-9));
            // deeds: 190 (one event with two reports, -10), 070 (+7): q2 = 1, q4 = 1, mean (-10 + 7) / 2 = -1.5
            assertThat(w1.materialCooperation()).isEqualTo(1);
            assertThat(w1.materialConflict()).isEqualTo(1);
            assertThat(w1.deeds()).isEqualTo(2);
            assertThat(w1.deedsGoldstein()).isCloseTo(-1.5, within(1e-9));
            // gap = -1.25 - (-1.5) = 0.25
            assertThat(w1.gap()).isCloseTo(0.25, within(1e-9));
            assertThat(w1.evidence()).hasSize(6);
            GapAnalysis.Row w2 = res.periods().get(1);
            // week 2: no words, one deed -10: gap undefined
            assertThat(w2.words()).isZero();
            assertThat(w2.deeds()).isEqualTo(1);
            assertThat(w2.wordsGoldstein()).isNull();
            assertThat(w2.gap()).isNull();
            // total: words (1 + 4 - 10 + 0) / 4 = -1.25; deeds (-10 + 7 - 10) / 3 = -13/3; gap = -1.25 + 13/3
            assertThat(res.total().words()).isEqualTo(4);
            assertThat(res.total().deeds()).isEqualTo(3);
            assertThat(res.total().gap()).isCloseTo(-1.25 + 13.0 / 3, within(1e-9));
            // pairs of week 1 toward the same target with word > 0 and deed < 0: only 036 (UKR, +4) and 190 (UKR,
            // -10): difference 14. The 040 word is toward USA; there is no hostile deed toward USA.
            assertThat(res.pairs()).hasSize(1);
            GapAnalysis.Pair p = res.pairs().get(0);
            assertThat(p.period()).isEqualTo(LocalDate.parse("2025-12-01"));
            assertThat(p.difference()).isCloseTo(14.0, within(1e-9));
            assertThat(p.word().cameo()).isEqualTo("036");
            assertThat(p.deed().eventKey()).isEqualTo(strike);
            assertThat(p.deed().reports()).isEqualTo(2);
            assertThat(talks).isPositive();
            // support of week 1 (documents numbered in order of creation, outlet n % 3, the quote's quotes.example):
            // 6 acts in documents 1 (040), 2 (036), 3 and 4 (the strike), 5 (190 intent), 9 (070), 10 (quote):
            // 7 documents from 4 publishers (outlet0, outlet1, outlet2, quotes.example), no syndication: 4 sources
            assertThat(w1.support().events()).isEqualTo(6);
            assertThat(w1.support().documents()).isEqualTo(7);
            assertThat(w1.support().sources()).isEqualTo(4);
            // 4 words and 2 deeds, fewer than the default 5 on each side: thin; week 2 has no words at all
            assertThat(w1.support().thin()).isTrue();
            assertThat(w2.support().thin()).isTrue();
            // the intervals lie within the acts' weights and hold the means
            assertThat(w1.wordsInterval().low()).isBetween(-10.0, -1.25);
            assertThat(w1.wordsInterval().high()).isBetween(-1.25, 4.0);
            assertThat(w1.deedsInterval().low()).isEqualTo(-10.0);
            assertThat(w1.deedsInterval().high()).isEqualTo(7.0);
            assertThat(w2.gapInterval().low()).isNull();
            assertThat(res.total().support().documents()).isEqualTo(8);
            // thin periods keep their bars and lose their lines in the chart
            Chart chart = Charts.gap(res);
            assertThat(chart.lines().get(0).values()).containsOnlyNulls();
            String text = TextReport.gap(res, false);
            assertThat(text).contains("2025-12-01      6     7    4");
            assertThat(text).contains("thin");
            // with --min-events 1, week 1 is in the trend; week 2 (no words) still is not
            GapAnalysis.Result loose = new GapAnalysis(reader).run(new GapAnalysis.Request("RUS", null, Period.WEEK,
                    null, null, 3, false, 1, 1));
            assertThat(loose.periods().get(0).support().thin()).isFalse();
            assertThat(loose.periods().get(1).support().thin()).isTrue();
            assertThat(Charts.gap(loose).lines().get(0).values().get(0)).isEqualTo(-1.25);
        }
    }

    /**
     * Pairs are ranked by support first: word A (036 intent, +4) told once; word B (040, +1) and the strike (190,
     * -10) each told by three documents of three outlets. A with the strike differs by 14 but rests on one source;
     * B with the strike differs by 11 and rests on three: B's pair comes first.
     */
    @Test
    void contradictingPairsAreRankedBySupportFirst() throws Exception {
        long b;
        try (TestRecord r = new TestRecord(dir)) {
            long strike = r.event("2025-12-03", "RUS", "UKR", "190", "asserted");
            r.report(strike, "2025-12-03", "RUS", "UKR", "190", "asserted");
            r.report(strike, "2025-12-03", "RUS", "UKR", "190", "asserted");
            b = r.event("2025-12-02", "RUS", "UKR", "040", "asserted");
            r.report(b, "2025-12-02", "RUS", "UKR", "040", "asserted");
            r.report(b, "2025-12-02", "RUS", "UKR", "040", "asserted");
            r.event("2025-12-02", "RUS", "UKR", "036", "intent");
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            GapAnalysis.Result res = new GapAnalysis(reader).run(new GapAnalysis.Request("RUS", null, Period.WEEK,
                    null, null, 2, false));
            assertThat(res.pairs()).hasSize(2);
            assertThat(res.pairs().get(0).word().eventKey()).isEqualTo(b);
            assertThat(res.pairs().get(0).support()).isEqualTo(3);
            assertThat(res.pairs().get(0).difference()).isCloseTo(11.0, within(1e-9));
            assertThat(res.pairs().get(1).support()).isEqualTo(1);
            assertThat(res.pairs().get(1).difference()).isCloseTo(14.0, within(1e-9));
        }
    }

    @Test
    void targetFilterAndDates() throws Exception {
        try (TestRecord r = new TestRecord(dir)) {
            r.event("2025-12-02", "RUSGOV", "USA", "040", "asserted");
            r.event("2025-12-03", "RUS", "UKR", "190", "asserted");
            r.event("2025-12-20", "RUS", "UKR", "190", "asserted");
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            GapAnalysis.Result res = new GapAnalysis(reader).run(new GapAnalysis.Request("RUS", "UKR", Period.MONTH,
                    LocalDate.parse("2025-12-01"), LocalDate.parse("2025-12-10"), 3, false));
            // only the 12-03 strike on UKR: one deed, no words
            assertThat(res.periods()).hasSize(1);
            assertThat(res.total().deeds()).isEqualTo(1);
            assertThat(res.total().words()).isZero();
            assertThat(res.pairs()).isEmpty();
        }
    }

    @Test
    void emptyAndSingleEventRecords() throws Exception {
        try (TestRecord r = new TestRecord(dir)) {
            assertThat(r.db()).isNotEmpty();
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            GapAnalysis.Result res = new GapAnalysis(reader).run(GapAnalysis.Request.of("RUS"));
            assertThat(res.periods()).isEmpty();
            assertThat(res.total().words()).isZero();
            assertThat(res.total().gap()).isNull();
        }
        Path other = dir.resolve("one");
        java.nio.file.Files.createDirectories(other);
        try (TestRecord r = new TestRecord(other)) {
            r.event("2025-12-02", "RUS", "UKR", "190", "asserted");
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(other.resolve("record.duckdb").toString()))) {
            GapAnalysis.Result res = new GapAnalysis(reader).run(GapAnalysis.Request.of("RUS"));
            assertThat(res.periods()).hasSize(1);
            assertThat(res.total().deeds()).isEqualTo(1);
            assertThat(res.total().deedsGoldstein()).isEqualTo(-10.0);
        }
    }

    @Test
    void minSourcesCountsOnlyActsCarriedByEnoughIndependentSources() throws Exception {
        try (TestRecord r = new TestRecord(dir)) {
            // a strike told by three sites that all ran one wire story (docs 1-3, outlets 1, 2, 0): one source
            long strike = r.event("2025-12-03", "RUSMIL", "UKR", "190", "asserted");
            r.report(strike, "2025-12-03", "RUSMIL", "UKR", "190", "asserted");
            r.report(strike, "2025-12-03", "RUSMIL", "UKR", "190", "asserted");
            for (String doc : new String[] {"doc1", "doc2", "doc3"}) {
                r.syndicate(doc, "doc1");
            }
            // aid told by two sites in their own words (docs 4 and 5, outlets 1 and 2): two sources
            long aid = r.event("2025-12-04", "RUS", "UKR", "070", "asserted");
            r.report(aid, "2025-12-04", "RUS", "UKR", "070", "asserted");
            // a statement quoted in one document: one source
            r.quote("2025-12-03", "RUSGOV", null, "010", "asserted", "Russia wants peace");
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            GapAnalysis all = new GapAnalysis(reader);
            GapAnalysis.Row every = all.run(new GapAnalysis.Request("RUS", null, Period.WEEK, null, null, 0, false))
                    .total();
            assertThat(every.deeds()).isEqualTo(2);
            assertThat(every.words()).isEqualTo(1);
            GapAnalysis.Row two = all.run(new GapAnalysis.Request("RUS", null, Period.WEEK, null, null, 0, false, 2))
                    .total();
            // only the aid (+7.0) is carried by two independent sources; the strike's three copies are one
            assertThat(two.deeds()).isEqualTo(1);
            assertThat(two.materialCooperation()).isEqualTo(1);
            assertThat(two.deedsGoldstein()).isCloseTo(7.0, within(1e-9));
            assertThat(two.words()).isZero();
            assertThat(all.run(new GapAnalysis.Request("RUS", null, Period.WEEK, null, null, 0, false, 3)).total()
                    .deeds()).isZero();
        }
    }
}
