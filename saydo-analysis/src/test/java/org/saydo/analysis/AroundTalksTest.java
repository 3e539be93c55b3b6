package org.saydo.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.store.RecordReader;
import org.saydo.store.StoreLocation;

class AroundTalksTest {

    @TempDir
    Path dir;

    /**
     * Ten days, 2025-12-01 .. 12-10; talks RUS-USA on 12-03; RUS strikes: 12-02 one, 12-03 two, 12-04 one, 12-08 one.
     * Daily deeds (index 0 = 12-01): [0,1,2,1,0,0,0,1,0,0], total 5. Window 1: inside = 12-02..12-04, 3 days, 4
     * deeds, rate 4/3; outside 7 days, 1 deed, rate 1/7; ratio 28/3. Statistic 4/3 - 1/7 = 25/21.
     * Every placement t of the one talk day (hand count): t=0: 1/2-4/8 = 0; t=1: 3/3-2/7; t=2: 25/21 (observed);
     * t=3: 3/3-2/7; t=4..9: below 0. Only t=2 reaches 25/21: exact p = 1/10.
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
    void rateRatioAndExactPermutationP() throws Exception {
        try (TestRecord r = new TestRecord(dir)) {
            tinyRecord(r);
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            AroundTalks.Result res = new AroundTalks(reader).run(new AroundTalks.Request(List.of("RUS", "USA"), "RUS", 1,
                    null, null, 10_000, 42, true));
            assertThat(res.from()).isEqualTo(LocalDate.parse("2025-12-01"));
            assertThat(res.to()).isEqualTo(LocalDate.parse("2025-12-10"));
            assertThat(res.daily()).containsExactly(0L, 1L, 2L, 1L, 0L, 0L, 0L, 1L, 0L, 0L);
            assertThat(res.talks()).hasSize(1);
            AroundTalks.Talk t = res.talks().get(0);
            assertThat(t.date()).isEqualTo(LocalDate.parse("2025-12-03"));
            assertThat(t.before()).isEqualTo(1);
            assertThat(t.during()).isEqualTo(2);
            assertThat(t.after()).isEqualTo(1);
            // evidence: the talk event and the four deeds of its window
            assertThat(t.evidence()).hasSize(5);
            AroundTalks.Summary s = res.summary();
            assertThat(s.insideDays()).isEqualTo(3);
            assertThat(s.deedsInside()).isEqualTo(4);
            assertThat(s.rateInside()).isCloseTo(4.0 / 3, within(1e-9));
            assertThat(s.outsideDays()).isEqualTo(7);
            assertThat(s.rateOutside()).isCloseTo(1.0 / 7, within(1e-9));
            assertThat(s.rateRatio()).isCloseTo(28.0 / 3, within(1e-9));
            assertThat(s.exact()).isTrue();
            assertThat(s.sets()).isEqualTo(10);
            assertThat(s.pValue()).isCloseTo(0.1, within(1e-12));
        }
    }

    @Test
    void randomDrawsWithAFixedSeedApproachTheExactP() {
        long[] daily = {0, 1, 2, 1, 0, 0, 0, 1, 0, 0};
        AroundTalks.Summary a = AroundTalks.summary(daily, new int[] {2}, 1, 10_000, 42, true);
        AroundTalks.Summary b = AroundTalks.summary(daily, new int[] {2}, 1, 10_000, 42, true);
        assertThat(a.exact()).isFalse();
        // exact p = 1/10 (hand count above); 10,000 draws: standard error sqrt(0.09/10000) = 0.003
        assertThat(a.pValue()).isCloseTo(0.1, within(0.01));
        assertThat(b.pValue()).isEqualTo(a.pValue());
        // two talk days {2, 7}, window 0: inside 2 + 1 = 3 deeds over 2 days (1.5), outside 2 over 8 (0.25).
        // Pairs of days (45) reaching 1.5 - 0.25: both talk days must hold 3 deeds: {2,1},{2,3},{2,7} -> 3/45.
        AroundTalks.Summary two = AroundTalks.summary(daily, new int[] {2, 7}, 0, 10_000, 42);
        assertThat(two.exact()).isTrue();
        assertThat(two.sets()).isEqualTo(45);
        assertThat(two.pValue()).isCloseTo(3.0 / 45, within(1e-12));
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
