package org.saydo.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.saydo.store.RecordReader;
import org.saydo.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageTest {

    @TempDir
    Path dir;

    @Test
    void documentsPerPublicationDayAndOutlet() throws Exception {
        try (TestRecord r = new TestRecord(dir)) {
            r.event("2025-03-04", "RUS", "UKR", "190", "asserted");
            long k = r.event("2025-03-04", "RUS", "UKR", "040", "asserted");
            r.report(k, "2025-03-06", "RUS", "UKR", "040", "asserted");
            // told on 03-06 about a day in 2014: the day of 2014 is not covered, 03-06 is
            r.eventPublished("2025-03-06", "2014-03-18", "RUS", "UKR", "190", "asserted");
            r.doc("undated.example", null);
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            Coverage c = Coverage.of(reader.documentDays());
            assertThat(c.fromEvents()).isFalse();
            assertThat(c.documents()).containsExactly(Map.entry(LocalDate.parse("2025-03-04"), 2L),
                    Map.entry(LocalDate.parse("2025-03-06"), 2L));
            // a report tells of the day before: 03-03 is covered by the documents of 03-04
            assertThat(c.first()).isEqualTo(LocalDate.parse("2025-03-03"));
            assertThat(c.last()).isEqualTo(LocalDate.parse("2025-03-06"));
            assertThat(c.daily(LocalDate.parse("2025-03-03"), LocalDate.parse("2025-03-06"))).containsExactly(0, 2, 0, 2);
            assertThat(c.coveredDays(LocalDate.parse("2014-01-01"), LocalDate.parse("2025-03-04"))).isEqualTo(2);
            // 03-05 is covered by the documents of 03-06, past the range's end
            assertThat(c.coveredDays(LocalDate.parse("2014-01-01"), LocalDate.parse("2025-03-05"))).isEqualTo(3);
            // TestRecord's outlets: outlet1/2/0.example by document number; the undated document is not counted
            assertThat(c.outlets().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
        }
    }

    @Test
    void aRecordWithoutDatedDocumentsIsCoveredOnItsEventDays() throws Exception {
        try (TestRecord r = new TestRecord(dir)) {
            r.event("2025-03-04", "RUS", "UKR", "190", "asserted");
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("record.duckdb"))) {
            c.createStatement().execute("UPDATE documents SET published = NULL");
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            Coverage c = Coverage.of(reader.documentDays());
            assertThat(c.fromEvents()).isTrue();
            assertThat(c.documents()).containsExactly(Map.entry(LocalDate.parse("2025-03-04"), 1L));
        }
    }

    @Test
    void strataCutWeeksByTheirDocuments() {
        // 2024-01-01 is a Monday; four weeks with 7, 70, 14 and 0 documents, and day 22 (week 4) uncovered
        long[] docs = new long[28];
        for (int d = 0; d < 7; d++) {
            docs[d] = 1;
            docs[7 + d] = 10;
            docs[14 + d] = 2;
        }
        int[] s = Coverage.strata(LocalDate.parse("2024-01-01"), docs);
        // three weeks with documents: three strata, the quietest (7) first, then 14, then 70
        assertThat(s[0]).isZero();
        assertThat(s[14]).isEqualTo(1);
        assertThat(s[7]).isEqualTo(2);
        assertThat(s[22]).isEqualTo(-1);
        // a week that starts mid-range is still cut on Mondays: a range from Wednesday 2024-01-03
        int[] mid = Coverage.strata(LocalDate.parse("2024-01-03"), new long[] {5, 5, 5, 5, 5, 1, 1});
        assertThat(mid).containsExactly(1, 1, 1, 1, 1, 0, 0);
    }

    @Test
    void aCoveredDayNeedsADocument() {
        TreeMap<LocalDate, Long> bad = new TreeMap<>(Map.of(LocalDate.parse("2024-01-01"), 0L));
        assertThatThrownBy(() -> new Coverage(bad, Map.of(), false)).hasMessageContaining("2024-01-01 with 0 documents");
    }
}
