package org.saydo.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.store.RecordReader;
import org.saydo.store.StoreLocation;

class AroundTalksTest {

    @TempDir
    Path dir;

    /**
     * Talks RUS-USA on 2025-12-03 (a Wednesday); RUS strikes: 12-02 one, 12-03 two, 12-04 one, 12-08 one. Each event
     * is told by documents published on its date: 12-01 1, 12-02 1, 12-03 5 (the talk, the intent, two reports of
     * one strike, the 183), 12-04 1, 12-05 1, 12-08 1, 12-10 1; 11 documents. A day is covered when documents were
     * published on it or the day after: the range is 11-30 .. 12-10 (11 days, index 0 = 11-30) and only 12-06 is
     * not covered (10 covered days). Deeds per day [0,0,1,2,1,0,0,0,1,0,0], total 5.
     * Window 1: inside = 12-02..12-04, 3 days, 4 deeds, 7 documents; outside = the 7 other covered days, 1 deed,
     * 4 documents. Per day 4/3 against 1/7 (ratio 28/3); per 100 documents 400/7 against 25 (ratio 16/7).
     * Strata (weeks with covered days, by documents): week of 11-24 (only 11-30, 0 documents) 0, week of 12-08
     * (2) 1, week of 12-01 (9) 2. The talk day moves among that week's covered days 12-01..12-05 and 12-07: 6 sets.
     * Per-document statistic x(I)/n(I) - x(O)/n(O) of each placement (hand count): 12-01: 1/2 - 4/9 = 0.056;
     * 12-02: 3/7 - 2/4 < 0; 12-03 (observed): 4/7 - 1/4 = 0.321; 12-04: 3/7 - 2/4 < 0; 12-05 (12-06 not covered):
     * 1/2 - 4/9; 12-07 (window 12-07, 12-08): 1/1 - 4/10 = 0.6. Two of six reach the observed: exact p = 1/3.
     */
    private void tinyRecord(TestRecord r) throws Exception {
        r.event("2025-12-01", "UKR", "RUS", "190", "asserted");      // fixes the range start; not the actor
        r.event("2025-12-03", "RUSGOV", "USAGOV", "040", "asserted"); // the talks
        r.event("2025-12-03", "USA", "RUS", "036", "intent");         // an intent to meet is not a meeting
        r.event("2025-12-02", "RUS", "UKR", "190", "asserted");
        long k = r.event("2025-12-03", "RUSMIL", "UKR", "190", "asserted");
        r.report(k, "2025-12-03", "RUSMIL", "UKR", "190", "reported"); // two reports, one deed
        r.event("2025-12-03", "RUS", "UKR", "183", "reported");
        r.event("2025-12-04", "RUS", "UKR", "195", "asserted");
        r.event("2025-12-05", "RUS", "UKR", "190", "intent");         // an intent is not a deed
        r.event("2025-12-08", "RUS", "UKR", "190", "asserted");
        r.event("2025-12-10", "UKR", "RUS", "190", "asserted");      // fixes the range end
    }

    @Test
    void ratesOverCoveredDaysAndDocumentsWithAnExactStratifiedP() throws Exception {
        try (TestRecord r = new TestRecord(dir)) {
            tinyRecord(r);
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            AroundTalks.Result res = new AroundTalks(reader).run(new AroundTalks.Request(List.of("RUS", "USA"), "RUS", 1,
                    null, null, 10_000, 42, true));
            assertThat(res.from()).isEqualTo(LocalDate.parse("2025-11-30"));
            assertThat(res.to()).isEqualTo(LocalDate.parse("2025-12-10"));
            assertThat(res.daily()).containsExactly(0L, 0L, 1L, 2L, 1L, 0L, 0L, 0L, 1L, 0L, 0L);
            assertThat(res.documents()).containsExactly(0L, 1L, 1L, 5L, 1L, 1L, 0L, 0L, 1L, 0L, 1L);
            assertThat(res.talks()).hasSize(1);
            AroundTalks.Talk t = res.talks().get(0);
            assertThat(t.date()).isEqualTo(LocalDate.parse("2025-12-03"));
            assertThat(t.before()).isEqualTo(1);
            assertThat(t.during()).isEqualTo(2);
            assertThat(t.after()).isEqualTo(1);
            // evidence: the talk event and the four deeds of its window
            assertThat(t.evidence()).hasSize(5);
            CoveredRates.Comparison s = res.summary();
            assertThat(s.days()).isEqualTo(11);
            assertThat(s.coveredDays()).isEqualTo(10);
            assertThat(s.insideDays()).isEqualTo(3);
            assertThat(s.deedsInside()).isEqualTo(4);
            assertThat(s.documentsInside()).isEqualTo(7);
            assertThat(s.rateInside()).isCloseTo(4.0 / 3, within(1e-9));
            assertThat(s.outsideDays()).isEqualTo(7);
            assertThat(s.documentsOutside()).isEqualTo(4);
            assertThat(s.rateOutside()).isCloseTo(1.0 / 7, within(1e-9));
            assertThat(s.rateRatio()).isCloseTo(28.0 / 3, within(1e-9));
            assertThat(s.per100Inside()).isCloseTo(400.0 / 7, within(1e-9));
            assertThat(s.per100Outside()).isCloseTo(25.0, within(1e-9));
            assertThat(s.documentRateRatio()).isCloseTo(16.0 / 7, within(1e-9));
            assertThat(s.exact()).isTrue();
            assertThat(s.sets()).isEqualTo(6);
            assertThat(s.pValue()).isCloseTo(1.0 / 3, within(1e-12));
            // 3 covered days inside; 7/3 documents a day inside against 4/7 outside (more than 3x apart)
            assertThat(s.warnings()).hasSize(2);
            assertThat(s.warnings().get(0)).contains("only 3 covered days inside and 7 outside");
            assertThat(s.warnings().get(1)).contains("uneven coverage: 2.3 documents per covered day inside the "
                    + "windows, 0.6 outside");
            String text = TextReport.around(res, false);
            assertThat(text).contains("coverage: 10 of 11 days have documents; inside the windows 3 covered days, 7 "
                    + "documents; outside 7 covered days, 4 documents");
            assertThat(text).contains("warning: only 3 covered days");
        }
    }

    @Test
    void anOldDateInARecentReportDoesNotStretchTheRange() throws Exception {
        try (TestRecord r = new TestRecord(dir)) {
            tinyRecord(r);
            // a report of 12-05 that recalls a strike of 2022: its document is of 12-05, its event of 2022
            r.eventPublished("2025-12-05", "2022-02-24", "RUS", "UKR", "190", "asserted");
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            AroundTalks.Result res = new AroundTalks(reader).run(new AroundTalks.Request(List.of("RUS", "USA"), "RUS", 1,
                    null, null, 10_000, 42, false));
            assertThat(res.from()).isEqualTo(LocalDate.parse("2025-11-30"));
            assertThat(res.summary().coveredDays()).isEqualTo(10);
            assertThat(res.summary().deedsOutside()).isEqualTo(1);
            // with the range asked to reach back, the days without documents still do not count
            AroundTalks.Result wide = new AroundTalks(reader).run(new AroundTalks.Request(List.of("RUS", "USA"), "RUS",
                    1, LocalDate.parse("2022-01-01"), null, 10_000, 42, false));
            assertThat(wide.summary().days()).isGreaterThan(1400);
            assertThat(wide.summary().coveredDays()).isEqualTo(10);
            assertThat(wide.summary().outsideDays()).isEqualTo(7);
            assertThat(wide.summary().deedsUncovered()).isEqualTo(1);
            assertThat(wide.summary().rateOutside()).isCloseTo(1.0 / 7, within(1e-9));
            assertThat(wide.summary().warnings()).anyMatch(w -> w.contains("only 10 of the range's"));
        }
    }

    @Test
    void randomDrawsWithAFixedSeedApproachTheExactP() {
        long[] daily = {0, 1, 2, 1, 0, 0, 0, 1, 0, 0};
        long[] docs = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        int[] one = new int[10];
        // one document a day and one stratum: the per-document statistic is the per-day one.
        // Window 1 around day 2: inside 4 deeds over 3 days, outside 1 over 7; of the 10 placements only day 2
        // reaches 4/3 - 1/7 (t=1 and t=3: 3/3 - 2/7; t=0: 1/2 - 4/8; the rest below 0): exact p = 1/10
        CoveredRates.Comparison exact = CoveredRates.compare(daily, docs, one, new int[] {2}, 1, 10_000, 42, false);
        assertThat(exact.exact()).isTrue();
        assertThat(exact.pValue()).isCloseTo(0.1, within(1e-12));
        CoveredRates.Comparison a = CoveredRates.compare(daily, docs, one, new int[] {2}, 1, 10_000, 42, true);
        CoveredRates.Comparison b = CoveredRates.compare(daily, docs, one, new int[] {2}, 1, 10_000, 42, true);
        assertThat(a.exact()).isFalse();
        // 10,000 draws: standard error sqrt(0.09/10000) = 0.003
        assertThat(a.pValue()).isCloseTo(0.1, within(0.01));
        assertThat(b.pValue()).isEqualTo(a.pValue());
        // two talk days {2, 7}, window 0: inside 2 + 1 = 3 deeds over 2 days, outside 2 over 8.
        // Pairs of days (45) reaching it: both talk days must hold 3 deeds: {2,1},{2,3},{2,7} -> 3/45.
        CoveredRates.Comparison two = CoveredRates.compare(daily, docs, one, new int[] {2, 7}, 0, 10_000, 42, false);
        assertThat(two.exact()).isTrue();
        assertThat(two.sets()).isEqualTo(45);
        assertThat(two.pValue()).isCloseTo(3.0 / 45, within(1e-12));
        // two strata (days 0-4 and 5-9), talk days 2 and 7 stay in theirs: 5 x 5 = 25 sets; reaching 3 deeds needs
        // day 2 in the first and day 7 in the second ({2,7} only; day 7 is the second stratum's only deed): 1/25
        int[] halves = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
        CoveredRates.Comparison strat = CoveredRates.compare(daily, docs, halves, new int[] {2, 7}, 0, 10_000, 42,
                false);
        assertThat(strat.sets()).isEqualTo(25);
        assertThat(strat.pValue()).isCloseTo(1.0 / 25, within(1e-12));
    }

    /**
     * A synthetic record with no effect: 120 days, a fifth of them without documents; 5 talk days at random among
     * covered days, with 4 times the documents within 3 days of a talk (reporting crowds around talks). Deeds are
     * placed at random either among covered days (uniform) or among documents (a busy day carries more deeds).
     * Neither depends on the talks, so p should be uniform: at alpha = 0.05 at most 6% of 400 seeded records may come
     * out significant. The same records with three times the deeds per document near talks must mostly come out
     * significant.
     */
    @Test
    void noEffectGivesAtMostTheNominalFalsePositiveRate() {
        SplittableRandom rnd = new SplittableRandom(2015);
        int records = 400;
        int[] positives = new int[3];
        for (int rec = 0; rec < records; rec++) {
            int days = 120;
            long[] docs = new long[days];
            for (int d = 0; d < days; d++) {
                if (rnd.nextInt(5) != 0) {
                    docs[d] = 3 + rnd.nextInt(4);
                }
            }
            List<Integer> covered = new ArrayList<>();
            boolean[] mask = Coverage.covered(docs);
            for (int d = 0; d < days; d++) {
                if (mask[d]) {
                    covered.add(d);
                }
            }
            int[] talks = new int[5];
            for (int i = 0; i < talks.length; i++) {
                talks[i] = covered.get(rnd.nextInt(covered.size()));
            }
            boolean[] near = new boolean[days];
            for (int t : talks) {
                for (int d = Math.max(0, t - 3); d <= Math.min(days - 1, t + 3); d++) {
                    near[d] = true;
                    docs[d] *= 4;
                }
            }
            int[] strata = Coverage.strata(LocalDate.parse("2024-01-01"), docs);
            long[] uniform = new long[days];
            long[] byVolume = new long[days];
            long[] effect = new long[days];
            long total = 0;
            for (long n : docs) {
                total += n;
            }
            for (int k = 0; k < 80; k++) {
                int d = covered.get(rnd.nextInt(covered.size()));
                uniform[d]++;
                long doc = rnd.nextLong(total);
                int day = 0;
                while (doc >= docs[day]) {
                    doc -= docs[day++];
                }
                byVolume[day]++;
                effect[day] += near[day] ? 3 : 1;
            }
            long[][] series = {uniform, byVolume, effect};
            for (int i = 0; i < 3; i++) {
                CoveredRates.Comparison c = CoveredRates.compare(series[i], docs, strata, talks, 3, 400, rec, false);
                if (c.pValue() <= 0.05) {
                    positives[i]++;
                }
            }
        }
        assertThat((double) positives[0] / records).as("deeds uniform among covered days").isLessThanOrEqualTo(0.06);
        assertThat((double) positives[1] / records).as("deeds at random among documents").isLessThanOrEqualTo(0.06);
        assertThat((double) positives[2] / records).as("three times the deeds per document near talks").isGreaterThan(0.5);
    }

    @Test
    void emptyAndSingleEventRecords() throws Exception {
        try (TestRecord r = new TestRecord(dir)) {
            assertThat(r.db()).isNotEmpty();
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            AroundTalks.Result res = new AroundTalks(reader).run(AroundTalks.Request.of("RUS", "USA"));
            assertThat(res.talks()).isEmpty();
            assertThat(res.summary().pValue()).isNull();
        }
        Path one = dir.resolve("one");
        Files.createDirectories(one);
        try (TestRecord r = new TestRecord(one)) {
            r.event("2025-12-03", "RUS", "USA", "040", "asserted");
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(one.resolve("record.duckdb").toString()))) {
            AroundTalks.Result res = new AroundTalks(reader).run(AroundTalks.Request.of("RUS", "USA"));
            assertThat(res.talks()).hasSize(1);
            assertThat(res.summary().deedsInside()).isZero();
            assertThat(res.summary().rateRatio()).isNull();
            // one day, one talk: the only set is the observed one
            assertThat(res.summary().pValue()).isEqualTo(1.0);
        }
    }
}
