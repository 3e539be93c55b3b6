package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saydo.doc.Document;

/**
 * Schema version 6: {@code event_acts} carries what a citation of its key shows (first report's document, sentence,
 * text, CAMEO name; the key's reports and outlets), and {@link RecordReader#evidence} reads it there. Checked against
 * a recount in Java from the plain rows of {@code events}, {@code reports} and {@code documents}, after every kind of
 * write, on DuckDB and PostgreSQL (the store contract, {@link StoreBackend}).
 */
class CitationsTest {

    @TempDir
    Path dir;

    private static final FakeCoder CODER = new FakeCoder();

    /**
     * A record written by ingest (three reports a story, from different outlets: linked keys), a rerun, a recode that
     * drops intents, GDELT imports (a repeated row too) and single stores: keys with several reports and outlets, an
     * undated background event, a key whose only report is re-coded away.
     */
    private StoreLocation record(StoreBackend backend) throws IOException {
        StoreLocation location = backend.fresh(dir);
        Path docs = IngesterTest.corpus(dir, 24);
        Path more = Files.createDirectories(dir.resolve("more"));
        Files.writeString(more.resolve("a.txt"), "date 2024-03-20\nThreats. [RUSGOV 138 UKRGOV 2024-03-20 intent] "
                + "[UKRGOV 190 RUSMIL 2024-03-21 reported] {RUSGOV says}");
        Files.writeString(more.resolve("b.txt"), "date 2024-03-22\nThe war. [RUS 190 UKR none background] "
                + "A meeting. [RUSGOV 040 USAGOV 2024-03-22]");
        try (RecordStore store = RecordStore.open(location, StoreFixtures.CAMEO)) {
            Ingester.Options small = new Ingester.Options(2, LinkRule.standard(), null).withBatch(5, Duration.ofSeconds(5));
            new Ingester(store, CODER, small, Progress.NONE, e -> { }).ingest(List.of(docs));
            new Ingester(store, CODER, small, Progress.NONE, e -> { }).ingest(List.of(docs, more));
            store.importGdelt(List.of(ActSummaryTest.gdelt("3001", "20240322", "RUSGOV", "USAGOV", "040"),
                    ActSummaryTest.gdelt("3002", "20240323", "USAGOV", "", "040")));
            new Ingester(store, ActSummaryTest.NO_INTENTS, small, Progress.NONE, e -> { }).recode();
            store.importGdelt(List.of(ActSummaryTest.gdelt("3001", "20240322", "RUSGOV", "USAGOV", "040"),
                    ActSummaryTest.gdelt("3003", "20240325", "RUSMIL", "UKRMIL", "190")));
            // the meeting of b.txt told again by three outlets, one of them twice
            List<String> outlets = List.of("paper-c", "paper-a", "paper-c", "paper-b");
            for (int i = 0; i < outlets.size(); i++) {
                String text = "Telling " + i + " of the meeting. [RUSGOV 040 USAGOV 2024-03-22]";
                store.store(CODER.code(new Document(Document.idOf(text), "t" + i + ".txt", "https://" + outlets.get(i)
                        + "/" + i, outlets.get(i), null, LocalDate.of(2024, 3, 23), text)), LinkRule.standard());
            }
        }
        return location;
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void theCitationsEveryWriterKeepsEqualARecountFromTheEventsAndTheirReports(StoreBackend backend) throws Exception {
        StoreLocation location = record(backend);
        Map<Long, Evidence> expected = recount(location);
        assertThat(expected).as("linked keys with several outlets").anySatisfy((k, e) -> {
            assertThat(e.reports()).isGreaterThan(1);
            assertThat(e.outlets()).contains(", ");
        });
        assertThat(expected.values()).as("an undated key").anyMatch(e -> e.date() == null);
        assertThat(expected.values()).as("GDELT rows").anyMatch(e -> e.sentence() == null);
        List<Long> keys = new ArrayList<>(expected.keySet());
        java.util.Collections.reverse(keys); // the order asked for does not matter
        try (RecordReader reader = RecordReader.open(location)) {
            List<Evidence> cited = reader.evidence(keys, List.of());
            assertThat(cited).isEqualTo(expected.values().stream().sorted(BY_DATE_THEN_KEY).toList());
        }
        // reindex recomputes the same rows
        List<Evidence> before;
        try (RecordReader reader = RecordReader.open(location)) {
            before = reader.evidence(keys, List.of());
        }
        try (RecordStore store = RecordStore.open(location, StoreFixtures.CAMEO)) {
            store.reindex();
        }
        try (RecordReader reader = RecordReader.open(location)) {
            assertThat(reader.evidence(keys, List.of())).isEqualTo(before);
        }
        // saydo import copies the carried citations with the rest
        StoreLocation copy = backend.fresh(dir);
        try (RecordStore target = RecordStore.open(copy, StoreFixtures.CAMEO);
                RecordReader source = RecordReader.open(location)) {
            target.copyFrom(source);
        }
        try (RecordReader reader = RecordReader.open(copy)) {
            assertThat(reader.evidence(keys, List.of())).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void aVersionFiveRecordIsMigratedWithItsCitationsFilledIn(StoreBackend backend) throws Exception {
        StoreLocation location = record(backend);
        Map<Long, Evidence> expected = recount(location);
        // take event_acts back to its version-5 columns, as an older Saydo left it
        StoreBackend.execute(location, "CREATE TABLE old_acts AS SELECT event_key, day, source, target, cameo, root, "
                + "modality, goldstein FROM event_acts", "DROP TABLE event_acts", ActSummary.SCHEMA.get(0),
                "INSERT INTO event_acts SELECT * FROM old_acts", "DROP TABLE old_acts",
                "UPDATE meta SET value = '5' WHERE key = 'schema_version'");
        assertThat(StoreBackend.query(location, "SELECT count(*) FROM event_acts")).asString().isNotEqualTo("0");
        RecordStore.open(location, StoreFixtures.CAMEO).close();
        assertThat(StoreBackend.query(location, "SELECT value FROM meta WHERE key = 'schema_version'"))
                .isEqualTo("6");
        assertThat(StoreBackend.query(location, "SELECT count(*) FROM event_acts WHERE doc IS NULL OR text IS NULL "
                + "OR reports IS NULL OR outlets IS NULL")).asString().isEqualTo("0");
        try (RecordReader reader = RecordReader.open(location)) {
            assertThat(reader.evidence(List.copyOf(expected.keySet()), List.of()))
                    .isEqualTo(expected.values().stream().sorted(BY_DATE_THEN_KEY).toList());
        }
    }

    private static final Comparator<Evidence> BY_DATE_THEN_KEY = Comparator.comparing(Evidence::date,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Evidence::eventKey);

    /**
     * Each key's citation, counted in Java from plain rows: the first report (lowest event id) among the dated ones
     * whose date is not flagged implausible, else among all; its document's URL or else its name, sentence, sentence
     * text or else trigger, CAMEO name; the key's report rows and their distinct outlets, sorted. Source, target,
     * CAMEO code, modality and weight: those of the first report (every report of one key agrees on them here).
     */
    private static Map<Long, Evidence> recount(StoreLocation location) throws SQLException {
        Map<String, String> urls = new HashMap<>();
        Map<Long, Integer> reports = new HashMap<>();
        Map<Long, Set<String>> outlets = new HashMap<>();
        Map<Long, Object[]> first = new TreeMap<>();
        Map<Long, Boolean> firstDated = new HashMap<>();
        try (Connection c = location.dialect().connect(location, false); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, url FROM documents")) {
                while (rs.next()) {
                    urls.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT event_key, outlet FROM reports")) {
                while (rs.next()) {
                    long key = rs.getLong(1);
                    reports.merge(key, 1, Integer::sum);
                    Set<String> o = outlets.computeIfAbsent(key, k -> new TreeSet<>());
                    if (rs.getString(2) != null) {
                        o.add(rs.getString(2));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT event_key, id, event_date, date_basis, source_code, "
                    + "target_code, cameo, cameo_name, modality, goldstein, doc_id, doc, sentence, sentence_text, "
                    + "trigger_text FROM events ORDER BY id")) {
                while (rs.next()) {
                    long key = rs.getLong(1);
                    boolean dated = rs.getObject(3) != null && !"text-implausible".equals(rs.getString(4));
                    if (first.containsKey(key) && (firstDated.get(key) || !dated)) {
                        continue;
                    }
                    String docId = rs.getString(11);
                    String url = docId == null ? null : urls.get(docId);
                    String text = rs.getString(14) != null ? rs.getString(14) : rs.getString(15);
                    first.put(key, new Object[] {rs.getObject(3, LocalDate.class), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9), (Double) rs.getObject(10),
                            url != null ? url : rs.getString(12), (Integer) rs.getObject(13), text == null ? "" : text});
                    firstDated.put(key, dated);
                }
            }
        }
        Map<Long, Evidence> out = new TreeMap<>();
        first.forEach((key, f) -> out.put(key, new Evidence("event", key, null, (LocalDate) f[0], (String) f[1],
                (String) f[2], (String) f[3], (String) f[4], (String) f[5], (Double) f[6], reports.getOrDefault(key, 0),
                String.join(", ", outlets.getOrDefault(key, Set.of())), (String) f[7], (Integer) f[8],
                (String) f[9])));
        return out;
    }
}
