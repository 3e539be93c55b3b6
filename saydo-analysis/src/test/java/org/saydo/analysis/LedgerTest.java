package org.saydo.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
            // in the statuses' order, every run (the JSON's "counts" object follows it; two runs diff equal)
            assertThat(res.counts().keySet()).containsExactly(Ledger.Status.values());

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
    void aDeedOnTheCommitmentsOwnDayNeverDecidesIt() throws Exception {
        long truce;
        long release;
        long truce2;
        long strike;
        try (TestRecord r = new TestRecord(dir)) {
            // a truce and a strike the same day: the record has no time of day (was the strike in the morning,
            // before the truce, or in the evening?), so the strike neither breaks it nor counts at all
            truce = r.event("2025-11-01", "RUS", "UKR", "0871", "asserted");
            r.event("2025-11-01", "RUSMIL", "UKR", "190", "asserted");
            // a promise to release captives, and a release the same day: not kept by it either
            release = r.event("2025-11-05", "RUS", "UKR", "0353", "intent");
            r.event("2025-11-05", "RUS", "UKR", "0841", "asserted");
            // the same truce, with the strike the next day: broken
            truce2 = r.event("2025-11-10", "RUS", "UKR", "0871", "asserted");
            strike = r.event("2025-11-11", "RUSMIL", "UKR", "190", "asserted");
            r.event("2025-12-31", "USA", "FRA", "040", "asserted"); // the record's last day: every horizon is over
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            Ledger.Result res = new Ledger(reader).run(Ledger.Request.of("RUS"));
            assertThat(res.entries()).extracting(e -> e.commitment().eventKey()).contains(truce, release, truce2);
            Ledger.Entry t = res.entries().stream().filter(e -> e.commitment().eventKey() == truce).findFirst()
                    .orElseThrow();
            // the strike of 11-11 is within truce's horizon too: it breaks it, the one of 11-01 is not counted
            assertThat(t.status()).isEqualTo(Ledger.Status.BROKEN);
            assertThat(t.brokenCount()).isEqualTo(1);
            assertThat(t.broken()).extracting(Evidence::eventKey).containsExactly(strike);
            Ledger.Entry p = res.entries().stream().filter(e -> e.commitment().eventKey() == release).findFirst()
                    .orElseThrow();
            assertThat(p.rule()).isEqualTo("release");
            assertThat(p.status()).isEqualTo(Ledger.Status.INCONCLUSIVE);
            assertThat(p.keptCount()).isZero();
            Ledger.Entry t2 = res.entries().stream().filter(e -> e.commitment().eventKey() == truce2).findFirst()
                    .orElseThrow();
            assertThat(t2.status()).isEqualTo(Ledger.Status.BROKEN);
            assertThat(t2.broken()).extracting(Evidence::eventKey).containsExactly(strike);
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

    /**
     * A one-off commitment is settled by its first deciding deed; a standing one (a truce) is broken by any contrary
     * deed within the horizon, whatever kept it before. Every status cites the deeds that decided it.
     */
    @Test
    void oneOffCommitmentsAreSettledByTheFirstDeedStandingOnesByAnyBreach() throws Exception {
        long meetUsa;
        long meeting;
        long halt;
        long truce;
        long easing;
        long strike;
        long meetPol;
        long refusal;
        long meetFra;
        long declared;
        long negotiate;
        long signed;
        try (TestRecord r = new TestRecord(dir)) {
            meetUsa = r.event("2025-11-01", "RUS", "USA", "036", "intent");     // promise to meet the USA
            meeting = r.event("2025-11-05", "RUSGOV", "USAGOV", "040", "asserted"); // kept on 11-05 ...
            halt = r.event("2025-11-10", "RUS", "USA", "164", "asserted");      // ... talks halted later: still kept
            truce = r.event("2025-11-01", "RUS", "UKR", "0356", "intent");      // promise to de-escalate toward UKR
            easing = r.event("2025-11-03", "RUSMIL", "UKR", "087", "asserted"); // de-escalates on 11-03 ...
            strike = r.event("2025-11-08", "RUSMIL", "UKRMIL", "190", "asserted"); // ... attacks on 11-08: broken
            meetPol = r.event("2025-11-01", "RUS", "POL", "036", "intent");     // promise to meet POL
            refusal = r.event("2025-11-03", "RUS", "POL", "125", "asserted");   // refused first ...
            r.event("2025-11-06", "RUS", "POL", "040", "asserted");              // ... met later: broken
            meetFra = r.event("2025-11-01", "RUS", "FRA", "036", "intent");     // promise to meet FRA
            r.event("2025-11-04", "RUS", "FRA", "125", "asserted");              // refused and met the same day:
            r.event("2025-11-04", "RUS", "FRA", "040", "asserted");              // no order between them
            declared = r.event("2025-11-02", "RUS", "GEO", "0871", "asserted"); // a declared truce toward GEO
            r.event("2025-11-04", "RUS", "GEO", "0871", "asserted");             // declared again: does not keep it
            r.event("2025-11-20", "RUSMIL", "GEO", "193", "asserted");           // broken by fighting
            negotiate = r.event("2025-11-01", "RUS", "ARM", "036", "intent");   // intent to negotiate with ARM
            signed = r.event("2025-11-12", "RUSGOV", "ARM", "057", "asserted"); // kept by the signed agreement
            r.event("2025-12-31", "USA", "USA", "010", "asserted");              // last date: every horizon is over
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            java.util.Map<Long, Ledger.Entry> by = new java.util.HashMap<>();
            new Ledger(reader).run(Ledger.Request.of("RUS")).entries().forEach(e -> by.put(e.commitment().eventKey(), e));
            Ledger.Entry usa = by.get(meetUsa);
            assertThat(usa.status()).isEqualTo(Ledger.Status.KEPT);
            assertThat(usa.kept()).extracting(Evidence::eventKey).containsExactly(meeting);
            assertThat(usa.broken()).extracting(Evidence::eventKey).containsExactly(halt);
            assertThat(usa.reason()).contains("the first on 2025-11-05, before the first of 1 contradicting on 2025-11-10");
            Ledger.Entry ukr = by.get(truce);
            assertThat(ukr.rule()).isEqualTo("ceasefire");
            assertThat(ukr.status()).isEqualTo(Ledger.Status.BROKEN);
            assertThat(ukr.kept()).extracting(Evidence::eventKey).containsExactly(easing);
            assertThat(ukr.broken()).extracting(Evidence::eventKey).containsExactly(strike);
            assertThat(ukr.reason()).contains("standing");
            Ledger.Entry pol = by.get(meetPol);
            assertThat(pol.status()).isEqualTo(Ledger.Status.BROKEN);
            assertThat(pol.broken()).extracting(Evidence::eventKey).containsExactly(refusal);
            assertThat(by.get(meetFra).status()).isEqualTo(Ledger.Status.INCONCLUSIVE);
            assertThat(by.get(declared).rule()).isEqualTo("truce");
            assertThat(by.get(declared).status()).isEqualTo(Ledger.Status.BROKEN);
            assertThat(by.get(declared).keptCount()).isZero();
            assertThat(by.get(negotiate).status()).isEqualTo(Ledger.Status.KEPT);
            assertThat(by.get(negotiate).kept()).extracting(Evidence::eventKey).containsExactly(signed);
        }
    }

    /**
     * An entry cites the earliest deeds that decided it (by date, not by key) and counts all of them; a deed that
     * answers a commitment both as the actor's and as the target's is counted once.
     */
    @Test
    void citesTheEarliestDeedsAndCountsEachOnce() throws Exception {
        long threat;
        long late;
        List<Long> early = new java.util.ArrayList<>();
        long toSelf;
        try (TestRecord r = new TestRecord(dir)) {
            late = r.event("2025-11-25", "RUSMIL", "UKR", "190", "asserted");   // the lowest key, the latest date
            threat = r.event("2025-11-01", "RUS", "UKR", "1384", "intent");
            for (int d = 7; d >= 2; d--) {                                       // keys in reverse date order
                early.add(0, r.event("2025-11-0" + d, "RUSMIL", "UKRMIL", "195", "asserted"));
            }
            toSelf = r.event("2025-11-01", "RUSGOV", "RUS", "036", "intent");   // the actor's own country
            r.event("2025-11-09", "RUSMIL", "RUSGOV", "040", "asserted");        // both its deed and its target's
            r.event("2025-12-31", "USA", "USA", "010", "asserted");
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            java.util.Map<Long, Ledger.Entry> by = new java.util.HashMap<>();
            new Ledger(reader).run(Ledger.Request.of("RUS")).entries().forEach(e -> by.put(e.commitment().eventKey(), e));
            Ledger.Entry t = by.get(threat);
            assertThat(t.status()).isEqualTo(Ledger.Status.KEPT);
            assertThat(t.keptCount()).isEqualTo(7);
            // 11-02 .. 11-06: the five earliest; the 11-07 strike and the 11-25 one (lowest key) are only counted
            assertThat(t.kept()).extracting(Evidence::eventKey).containsExactlyElementsOf(early.subList(0, 5));
            assertThat(t.kept()).extracting(Evidence::eventKey).doesNotContain(late);
            assertThat(by.get(toSelf).keptCount()).isEqualTo(1);
        }
    }

    @Test
    void theMatchTableIsDataAndABadLineIsNamed() throws Exception {
        assertThat(Ledger.RULES).extracting(Ledger.MatchRule::name).contains("ceasefire", "attack", "meet", "threat");
        // 1384 comes before 138: the first rule that takes a code applies
        assertThat(Ledger.RULES.stream().map(Ledger.MatchRule::name).toList().indexOf("attack"))
                .isLessThan(Ledger.RULES.stream().map(Ledger.MatchRule::name).toList().indexOf("force"));
        String bad = "ok | 036 | actor:04 | - | once | fine\nworse | 13x | actor:19 | - | once | threat\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CommitmentTable.parse("mine.txt",
                new java.io.ByteArrayInputStream(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .hasMessage("mine.txt:2: '13x' is not a CAMEO code prefix (2 to 4 digits)");
        String nothing = "empty | 036 | - | - | once | nothing keeps it\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CommitmentTable.parse("mine.txt",
                new java.io.ByteArrayInputStream(nothing.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .hasMessageContaining("mine.txt:1: rule 'empty' is kept by nothing");
        String settled = "truce | 0356 | actor:087 | actor:19 | forever | promise to de-escalate\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CommitmentTable.parse("mine.txt",
                new java.io.ByteArrayInputStream(settled.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .hasMessage("mine.txt:1: rule 'truce': expected once or standing, not 'forever'");
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
