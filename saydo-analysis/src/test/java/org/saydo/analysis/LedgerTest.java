package org.saydo.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.store.Evidence;
import org.saydo.store.RecordReader;
import org.saydo.store.StoreLocation;

class LedgerTest {

    @TempDir
    Path dir;

    @Test
    void keptBrokenPendingInconclusive() throws Exception {
        long threat;
        long promise;
        long meet;
        long demand;
        long strike1;
        long strike2;
        try (TestRecord r = new TestRecord(dir)) {
            threat = r.event("2025-11-01", "RUSGOV", "UKR", "138", "asserted");   // force threat, horizon to 12-01
            promise = r.event("2025-11-02", "RUS", "UKR", "0356", "asserted");    // de-escalation promise, to 12-02
            meet = r.event("2025-11-03", "RUS", "USA", "036", "asserted");        // intent to meet, to 12-03
            r.event("2025-11-03", "RUS", "UKR", "138", "hypothetical");          // not a commitment
            strike1 = r.event("2025-11-05", "RUSMIL", "UKR", "190", "asserted"); // keeps the threat, breaks the promise
            strike2 = r.event("2025-11-10", "RUS", "UKR", "195", "reported");
            demand = r.event("2025-12-10", "RUS", "EST", "1056", "asserted");    // demand to de-escalate, to 2026-01-09
            r.event("2025-12-20", "USA", "RUS", "040", "asserted");              // a meeting, but after 12-03; last date
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            Ledger.Result res = new Ledger(reader).run(Ledger.Request.of("RUS"));
            assertThat(res.lastDate()).isEqualTo(LocalDate.parse("2025-12-20"));
            assertThat(res.entries()).extracting(e -> e.commitment().eventKey())
                    .containsExactly(threat, promise, meet, demand);
            Ledger.Entry t = res.entries().get(0);
            // threat 138 (force, kind not given) toward UKR, then 190 (11-05) and 195 (11-10) toward UKR within 30
            // days: kept by both
            assertThat(t.rule()).isEqualTo("force");
            assertThat(t.status()).isEqualTo(Ledger.Status.KEPT);
            assertThat(t.kept()).extracting(Evidence::eventKey).containsExactly(strike1, strike2);
            assertThat(t.kept().get(0).doc()).isNotBlank();
            assertThat(t.kept().get(0).sentence()).isZero();
            Ledger.Entry p = res.entries().get(1);
            // promise to de-escalate toward UKR, then the same two strikes: broken, no 08x concession
            assertThat(p.rule()).isEqualTo("ceasefire");
            assertThat(p.status()).isEqualTo(Ledger.Status.BROKEN);
            assertThat(p.brokenCount()).isEqualTo(2);
            assertThat(p.keptCount()).isZero();
            Ledger.Entry m = res.entries().get(2);
            // intent to meet the USA: the USA-RUS meeting on 12-20 is after 12-03; the horizon is over: inconclusive
            assertThat(m.rule()).isEqualTo("meet");
            assertThat(m.status()).isEqualTo(Ledger.Status.INCONCLUSIVE);
            assertThat(m.until()).isEqualTo(LocalDate.parse("2025-12-03"));
            Ledger.Entry d = res.entries().get(3);
            // demand of EST on 12-10: horizon to 2026-01-09, past the last date 12-20, nothing yet: pending
            assertThat(d.rule()).isEqualTo("demand-deescalate");
            assertThat(d.status()).isEqualTo(Ledger.Status.PENDING);
            assertThat(res.counts()).containsEntry(Ledger.Status.KEPT, 1L).containsEntry(Ledger.Status.BROKEN, 1L)
                    .containsEntry(Ledger.Status.PENDING, 1L).containsEntry(Ledger.Status.INCONCLUSIVE, 1L)
                    .containsEntry(Ledger.Status.UNSPECIFIED, 0L);

            Ledger.Result only = new Ledger(reader).run(new Ledger.Request("RUS", 30, Ledger.Status.BROKEN, null,
                    null));
            assertThat(only.entries()).extracting(e -> e.commitment().eventKey()).containsExactly(promise);
            assertThat(only.counts()).containsEntry(Ledger.Status.KEPT, 1L);

            // with a 60-day horizon the meeting of 12-20 falls inside the intent's horizon (to 2026-01-02): kept
            Ledger.Result longer = new Ledger(reader).run(new Ledger.Request("RUS", 60, null, null, null));
            assertThat(longer.entries().get(2).status()).isEqualTo(Ledger.Status.KEPT);
        }
    }

    @Test
    void demandKeptByTheTargetsConcession() throws Exception {
        try (TestRecord r = new TestRecord(dir)) {
            r.event("2025-11-01", "RUS", "UKRGOV", "105", "asserted");  // demand that UKR yield
            r.event("2025-11-20", "UKRGOV", "RUS", "081", "asserted");  // UKR yields to RUS
            r.event("2025-12-31", "USA", "USA", "010", "asserted");     // last date
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            Ledger.Result res = new Ledger(reader).run(Ledger.Request.of("RUS"));
            assertThat(res.entries()).hasSize(1);
            assertThat(res.entries().get(0).status()).isEqualTo(Ledger.Status.KEPT);
        }
    }

    /**
     * Commitments matched by what they commit to: a threat of conventional attack (1384) on UKR is kept by a later
     * attack on UKR, not by an attack on another country nor by talks; a bare threat (130) and a promise without a
     * target are unspecified whatever follows; a promise to meet the USA is broken by a refusal to meet (125).
     */
    @Test
    void commitmentsAreMatchedByTheirContent() throws Exception {
        long attack;
        long bare;
        long untargeted;
        long meet;
        long onPoland;
        long onUkraine;
        long refusal;
        try (TestRecord r = new TestRecord(dir)) {
            attack = r.event("2025-11-01", "RUS", "UKR", "1384", "asserted");
            bare = r.event("2025-11-01", "RUS", "UKR", "130", "asserted");
            untargeted = r.event("2025-11-01", "RUS", null, "0356", "asserted");
            meet = r.event("2025-11-01", "RUS", "USA", "036", "asserted");
            onPoland = r.event("2025-11-04", "RUS", "POL", "190", "asserted");
            r.event("2025-11-05", "RUS", "UKR", "040", "asserted");
            refusal = r.event("2025-11-06", "RUSGOV", "USA", "125", "asserted");
            onUkraine = r.event("2025-11-08", "RUSMIL", "UKRMIL", "193", "asserted");
            r.event("2025-12-31", "USA", "USA", "010", "asserted");     // last date: every horizon is over
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            Ledger.Result res = new Ledger(reader).run(Ledger.Request.of("RUS"));
            java.util.Map<Long, Ledger.Entry> by = new java.util.HashMap<>();
            res.entries().forEach(e -> by.put(e.commitment().eventKey(), e));
            assertThat(by.get(attack).rule()).isEqualTo("attack");
            assertThat(by.get(attack).status()).isEqualTo(Ledger.Status.KEPT);
            assertThat(by.get(attack).kept()).extracting(Evidence::eventKey).containsExactly(onUkraine);
            assertThat(by.get(bare).status()).isEqualTo(Ledger.Status.UNSPECIFIED);
            assertThat(by.get(bare).kept()).isEmpty();
            assertThat(by.get(untargeted).status()).isEqualTo(Ledger.Status.UNSPECIFIED);
            assertThat(by.get(untargeted).reason()).contains("no target");
            assertThat(by.get(meet).status()).isEqualTo(Ledger.Status.BROKEN);
            assertThat(by.get(meet).broken()).extracting(Evidence::eventKey).containsExactly(refusal);
            assertThat(onPoland).isNotIn(by.get(attack).kept().stream().map(Evidence::eventKey).toList());
            assertThat(res.counts()).containsEntry(Ledger.Status.UNSPECIFIED, 2L);
            assertThat(TextReport.ledger(res, false)).contains("unspecified 2");
        }
    }

    @Test
    void theMatchTableIsDataAndABadLineIsNamed() throws Exception {
        assertThat(Ledger.RULES).extracting(Ledger.MatchRule::name).contains("ceasefire", "attack", "meet", "threat");
        // 1384 comes before 138: the first rule that takes a code applies
        assertThat(Ledger.RULES.stream().map(Ledger.MatchRule::name).toList().indexOf("attack"))
                .isLessThan(Ledger.RULES.stream().map(Ledger.MatchRule::name).toList().indexOf("force"));
        String bad = "ok | 036 | actor:04 | - | fine\nworse | 13x | actor:19 | - | threat\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CommitmentTable.parse("mine.txt",
                new java.io.ByteArrayInputStream(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .hasMessage("mine.txt:2: '13x' is not a CAMEO code prefix (2 to 4 digits)");
        String nothing = "empty | 036 | - | - | nothing keeps it\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CommitmentTable.parse("mine.txt",
                new java.io.ByteArrayInputStream(nothing.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .hasMessageContaining("mine.txt:1: rule 'empty' is kept by nothing");
    }

    @Test
    void emptyAndSingleEventRecords() throws Exception {
        try (TestRecord r = new TestRecord(dir)) {
            assertThat(r.db()).isNotEmpty();
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            Ledger.Result res = new Ledger(reader).run(Ledger.Request.of("RUS"));
            assertThat(res.entries()).isEmpty();
            assertThat(res.lastDate()).isNull();
        }
        Path one = dir.resolve("one");
        Files.createDirectories(one);
        try (TestRecord r = new TestRecord(one)) {
            r.event("2025-12-03", "RUS", "UKR", "138", "asserted");
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(one.resolve("record.duckdb").toString()))) {
            Ledger.Result res = new Ledger(reader).run(Ledger.Request.of("RUS"));
            assertThat(res.entries()).hasSize(1);
            assertThat(res.entries().get(0).status()).isEqualTo(Ledger.Status.PENDING);
        }
    }
}
