package org.saydo.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.saydo.store.RecordReader;
import org.saydo.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acts whose date the coder flagged {@code text-implausible} stay out of every time series and are counted. */
class ImplausibleDatesTest {

    @TempDir
    Path dir;

    @Test
    void leftOutOfGapAroundAndLedgerAndCountedInTheirHeaders() throws Exception {
        try (TestRecord r = new TestRecord(dir)) {
            r.event("2025-12-02", "RUS", "USA", "040", "asserted");
            r.event("2025-12-03", "RUS", "UKR", "190", "asserted");
            r.event("2025-12-02", "RUS", "UKR", "036", "intent");
            // told on 12-04, dated by the text months later: an asserted strike cannot lie ahead of its report
            long late = r.eventPublished("2025-12-04", "2026-06-01", "RUS", "UKR", "190", "asserted");
            r.implausible(late);
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            GapAnalysis.Result gap = new GapAnalysis(reader).run(new GapAnalysis.Request("RUS", null, Period.MONTH,
                    LocalDate.parse("2025-01-01"), LocalDate.parse("2026-12-31"), 3, false));
            // with the range asked wide open, the strike of 2026-06 still is not a deed of June
            assertThat(gap.periods()).extracting(GapAnalysis.Row::period).containsExactly(LocalDate.parse("2025-12-01"));
            assertThat(gap.total().deeds()).isEqualTo(1);
            assertThat(gap.implausible()).isEqualTo(1);
            assertThat(TextReport.gap(gap, false)).contains("1 act with an implausible date left out");

            AroundTalks.Result around = new AroundTalks(reader).run(new AroundTalks.Request(List.of("RUS", "USA"),
                    "RUS", 1, null, null, 1000, 42, false));
            // the range is the covered days (12-01 .. 12-04), not stretched to 2026
            assertThat(around.to()).isEqualTo(LocalDate.parse("2025-12-04"));
            assertThat(around.summary().deedsInside() + around.summary().deedsOutside()).isEqualTo(1);
            assertThat(TextReport.around(around, false)).contains("1 act with an implausible date left out");

            Ledger.Result ledger = new Ledger(reader).run(Ledger.Request.of("RUS"));
            assertThat(ledger.implausible()).isEqualTo(1);
            assertThat(TextReport.ledger(ledger, false)).contains("1 act with an implausible date left out");
        }
    }
}
