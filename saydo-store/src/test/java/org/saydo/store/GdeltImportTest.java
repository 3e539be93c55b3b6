package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class GdeltImportTest {

    @TempDir
    Path dir;

    /** The real 15-minute export in the shared data folder, or a skipped test saying why. */
    static Path realExport() {
        String shared = System.getProperty("saydo.shared");
        assumeTrue(shared != null, "system property saydo.shared is not set: skipping the real GDELT file test");
        Path file = Path.of(shared, "data", "gdelt", "20161013151500.export.CSV");
        assumeTrue(Files.isRegularFile(file), "no " + file + ": skipping the real GDELT file test");
        return file;
    }

    private Ingester.Summary ingest(RecordStore store, List<String> errors, Path... paths) {
        return new Ingester(store, new FakeCoder(), new Ingester.Options(2, LinkRule.standard(), null), Progress.NONE,
                errors::add).ingest(List.of(paths));
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void theRealExportImportsCompletelyAndActorQueriesMatchAnIndependentCount(StoreBackend backend) throws IOException {
        Path file = realExport();
        long rows;
        long usa;
        long usaGov;
        List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        try (Stream<String> lines = raw.stream()) {
            List<String[]> cols = lines.map(l -> l.split("\t", -1)).toList();
            rows = cols.size();
            usa = cols.stream().filter(c -> c[5].startsWith("USA")).count(); // Actor1Code is column 6
            usaGov = cols.stream().filter(c -> c[5].startsWith("USAGOV") && c[15].startsWith("RUS")).count();
        }
        assertThat(rows).isEqualTo(3566);
        List<String> errors = new ArrayList<>();
        try (RecordStore store = RecordStore.open(backend.fresh(dir), StoreFixtures.CAMEO)) {
            Ingester.Summary summary = ingest(store, errors, file);
            assertThat(errors).isEmpty();
            assertThat(summary.gdeltAdded()).isEqualTo(3566);
            assertThat(summary.line()).isEqualTo(
                    "ingest: 0 documents (0 new, 0 unchanged, 0 failed), 0 events, 0 quotes; "
                            + "GDELT: 3566 rows (3566 new, 0 unchanged, 0 failed)");
            assertThat(store.counts().events()).isEqualTo(3566);
            assertThat(StoreFixtures.events(store, EventQuery.all().withActor("USA"))).hasSize((int) usa)
                    .allSatisfy(e -> {
                        assertThat(e.origin()).isEqualTo("gdelt");
                        assertThat(e.globalEventId()).isNotNull();
                        assertThat(e.reports()).isEqualTo(1);
                    });
            assertThat(StoreFixtures.events(store, EventQuery.all().withActor("USAGOV").withTarget("RUS"))).hasSize((int) usaGov);
            // every row is kept exactly as read (the GDELT export writes it back), whichever batch it came in
            assertThat(StoreFixtures.events(store, EventQuery.all())).extracting(StoredEvent::gdeltRow)
                    .containsExactlyInAnyOrderElementsOf(raw);

            Ingester.Summary again = ingest(store, errors, file);
            assertThat(again.gdeltUnchanged()).isEqualTo(3566);
            assertThat(store.counts().events()).isEqualTo(3566);
        }
    }

    @Test
    void aRowWithTheWrongColumnCountIsOneErrorAndTheOtherRowsImport() throws IOException {
        String good = String.join("\t", GdeltEventTest.row("1001", "20251202", "RUSGOV", "USAGOV", "040"));
        String good2 = String.join("\t", GdeltEventTest.row("1002", "20251202", "UKR", "RUS", "190"));
        Path file = dir.resolve("bad.export.CSV");
        Files.writeString(file, good + "\n" + "1003\t20251202\tshort row\n" + good2 + "\n");
        List<String> errors = new ArrayList<>();
        try (RecordStore store = RecordStore.open(dir.resolve("g.duckdb").toString(), StoreFixtures.CAMEO)) {
            Ingester.Summary summary = ingest(store, errors, file);
            assertThat(errors).containsExactly(file + ":2: expected 61 tab-separated columns, found 3");
            assertThat(summary.gdeltAdded()).isEqualTo(2);
            assertThat(summary.gdeltFailed()).isEqualTo(1);
            assertThat(summary.anyFailed()).isTrue();
            assertThat(StoreFixtures.events(store, EventQuery.all())).extracting(StoredEvent::globalEventId)
                    .containsExactlyInAnyOrder(1001L, 1002L);
        }
    }
}
