package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.saydo.doc.Document;
import org.saydo.record.Modality;

/**
 * The one reader: its pages, its rule of words and deeds, and how it opens a record. The parameterised cases are
 * the reader's part of the store contract, on DuckDB and on PostgreSQL ({@link StoreBackend}).
 */
class RecordReaderTest {

    @TempDir
    Path dir;

    private final FakeCoder coder = new FakeCoder();

    /** Six event keys over four reports of spring 2024 (one told twice), two quotes, one undated background. */
    private StoreLocation record(StoreBackend backend) {
        StoreLocation location = backend.fresh(dir);
        try (RecordStore store = RecordStore.open(location, StoreFixtures.CAMEO)) {
            store(store, "paper-a", "2024-04-02", "Envoys met in a neutral capital. [RUSGOV 040 USAGOV 2024-04-01] "
                    + "{RUSGOV says} Drones hit a port. [RUSMIL 190 UKR 2024-04-02]");
            store(store, "paper-b", "2024-04-03", "The envoys' meeting went on late. [USAGOV 040 RUSGOV 2024-04-01]");
            store(store, "paper-c", "2024-04-10", "The army said it would press on. [RUSMIL 190 UKR 2024-04-11 intent] "
                    + "The war that began years ago. [RUS 190 UKR none background] {UKRGOV says}");
            store(store, "paper-d", "2024-04-20", "A visit was announced. [UKRGOV 042 USA 2024-04-19] Shelling went on. "
                    + "[RUSMIL 190 UKR 2024-04-20]");
        }
        return location;
    }

    private void store(RecordStore store, String outlet, String date, String text) {
        store.store(coder.code(new Document(Document.idOf(text), outlet + ".txt", "https://" + outlet + "/x", outlet,
                null, LocalDate.parse(date), text)), LinkRule.standard());
    }

    static Stream<Arguments> queries() {
        EventQuery all = EventQuery.all();
        return Stream.of(StoreBackend.values()).flatMap(b -> Stream.of(all, all.withActor("RUS"),
                all.withActor("RUSMIL").withTarget("UKR"), all.withCameo("19"),
                all.withDates(LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 19)),
                all.withModalities(Set.of(Modality.INTENT)), all.withOutlet("paper-b"), all.withActor("NOBODY"))
                .map(q -> Arguments.of(b, q)));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void pagesOfOneRowFollowedByTheirCursorsAreTheWholeQuery(StoreBackend backend, EventQuery q) {
        try (RecordReader reader = RecordReader.open(record(backend))) {
            List<StoredEvent> whole = reader.events(q);
            List<StoredEvent> paged = new ArrayList<>();
            Cursor cursor = null;
            int pages = 0;
            do {
                RecordReader.Page<RecordReader.EventRow> page = reader.events(q, null, RecordReader.Order.ASC,
                        Cursor.parse(cursor == null ? null : cursor.token()), 1);
                page.items().forEach(r -> paged.add(r.event()));
                cursor = page.next();
                pages++;
            } while (cursor != null);
            assertThat(paged).isEqualTo(whole);
            assertThat(pages).isEqualTo(Math.max(1, whole.size()));
            List<StoredEvent> descending = new ArrayList<>();
            reader.events(q, null, RecordReader.Order.DESC, null, 100).items().forEach(r -> descending.add(r.event()));
            // newest first; undated rows stay last in both orders, by key descending
            List<StoredEvent> dated = new ArrayList<>(whole.stream().filter(e -> e.date() != null).toList());
            List<StoredEvent> undated = new ArrayList<>(whole.stream().filter(e -> e.date() == null).toList());
            Collections.reverse(dated);
            Collections.reverse(undated);
            dated.addAll(undated);
            assertThat(descending).isEqualTo(dated);
        }
    }

    /**
     * A page is found by a bounded scan (the first rows in page order name candidate keys) that widens until it is
     * sure: over 200 event rows, keys told several times on neighbouring days (a key's shown row, its first
     * report, is then not always its earliest), pages of 2 walked with their cursors in both orders are the whole
     * query, and so is one page of everything.
     */
    @ParameterizedTest
    @MethodSource("queries")
    void pagesOfALongListAreTheWholeQuery(StoreBackend backend, EventQuery q) {
        StoreLocation location = backend.fresh(dir);
        String[] sources = {"RUSGOV", "RUSMIL", "UKRGOV", "USAGOV"};
        String[] codes = {"040", "190", "042", "173"};
        try (RecordStore store = RecordStore.open(location, StoreFixtures.CAMEO)) {
            for (int d = 0; d < 60; d++) {
                StringBuilder text = new StringBuilder("Report " + d + ".");
                for (int i = 0; i < 4; i++) {
                    // days 1..20 of April, told on the day and again by later reports a day before or after
                    int day = 1 + (d * 7 + i * 3) % 20 + (d % 3 == 0 ? 0 : (d % 2 == 0 ? 1 : -1));
                    text.append(" Item ").append(i).append(". [").append(sources[(d + i) % 4]).append(' ')
                            .append(codes[i]).append(" UKR 2024-04-").append(String.format("%02d", Math.max(1, day)))
                            .append(i == 3 && d % 5 == 0 ? " intent" : "").append(']');
                }
                store(store, "paper-" + (d % 4 == 0 ? "b" : "a"), "2024-04-25", text.toString());
            }
        }
        try (RecordReader reader = RecordReader.open(location)) {
            List<StoredEvent> whole = reader.events(q);
            List<StoredEvent> reversed = new ArrayList<>(whole.stream().filter(e -> e.date() != null).toList());
            Collections.reverse(reversed);
            for (RecordReader.Order order : RecordReader.Order.values()) {
                List<StoredEvent> paged = new ArrayList<>();
                Cursor cursor = null;
                do {
                    RecordReader.Page<RecordReader.EventRow> page = reader.events(q, null, order, cursor, 2);
                    page.items().forEach(r -> paged.add(r.event()));
                    cursor = page.next();
                } while (cursor != null);
                assertThat(paged).isEqualTo(order == RecordReader.Order.ASC ? whole : reversed);
                assertThat(reader.events(q, null, order, null, 1000).items()).extracting(RecordReader.EventRow::event)
                        .isEqualTo(paged);
            }
            if (q.equals(EventQuery.all())) {
                // more rows than the first scan takes (64), so the scan widens
                assertThat(whole.stream().mapToInt(StoredEvent::reports).sum()).isGreaterThan(64);
                assertThat(whole).anyMatch(e -> e.reports() > 1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void theQueryHasOneRowPerEventKeyInDateOrderUndatedLast(StoreBackend backend) {
        try (RecordReader reader = RecordReader.open(record(backend))) {
            List<StoredEvent> rows = reader.events(EventQuery.all());
            // 040 (two reports), 190 04-02, 190 intent 04-11, 042 04-19, 190 04-20, background undated
            assertThat(rows).extracting(e -> e.cameo() + "@" + e.date() + "x" + e.reports()).containsExactly(
                    "040@2024-04-01x2", "190@2024-04-02x1", "190@2024-04-11x1", "042@2024-04-19x1",
                    "190@2024-04-20x1", "190@nullx1");
            assertThat(rows.get(0).outlets()).containsExactly("paper-a", "paper-b");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void theDashboardsWeeksCountWordsAndDeedsAsTheGapDoes(StoreBackend backend) {
        try (RecordReader reader = RecordReader.open(record(backend))) {
            RecordReader.ActFilter rus = new RecordReader.ActFilter("RUS", null, null, null, 1);
            // week of 04-01: 040 (+1.0) and the RUSGOV quote (010, no weight in this CAMEO table: the ontology's
            // 0.0) are words; the port strike a deed. Week of 04-08: the intent to press on (190) is a word of
            // QuadClass 3. Week of 04-15: the shelling, a deed. The undated background counts nowhere.
            assertThat(reader.wordsAndDeeds("RUS")).extracting(w -> w.week() + " " + w.verbal() + " " + w.verbalMean()
                    + " " + w.material() + " " + w.materialMean()).containsExactly(
                            "2024-04-01 2 0.5 1 -10.0", "2024-04-08 1 -10.0 0 null", "2024-04-15 0 null 1 -10.0");
            List<RecordReader.PeriodActs> gap = reader.actsByPeriod(rus, ChronoUnit.WEEKS);
            assertThat(gap).hasSize(4);
            RecordReader.PeriodActs total = gap.get(3);
            assertThat(total.period()).isNull();
            assertThat(List.of(total.verbalCooperation(), total.verbalConflict(), total.words(),
                    total.materialCooperation(), total.materialConflict(), total.deeds()))
                    .containsExactly(2L, 1L, 3L, 0L, 2L, 2L);
        }
    }

    /** Every root and modality: the SQL the reader runs says what {@link ActKind#of} says. */
    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void theSqlRuleIsTheJavaRule(StoreBackend backend) throws Exception {
        StoreLocation location = backend.fresh(dir);
        try (Connection c = location.dialect().connect(location, false);
                Statement s = c.createStatement()) {
            List<String> codes = new ArrayList<>();
            for (int root = 1; root <= 20; root++) {
                codes.add(String.format("%02d0", root));
            }
            codes.add("xx");
            for (String code : codes) {
                for (Modality m : Modality.values()) {
                    String r = ActKind.rootSql("'" + code + "'");
                    String kind = ActKind.sql(r, "'" + m.label() + "'");
                    try (ResultSet rs = s.executeQuery("SELECT " + kind + ", " + ActKind.quadSql(r, kind))) {
                        rs.next();
                        Optional<ActKind> expected = ActKind.of(code, m);
                        assertThat(Optional.ofNullable(rs.getString(1))).as(code + " " + m)
                                .isEqualTo(expected.map(ActKind::label));
                        if (expected.isPresent()) {
                            assertThat(rs.getInt(2)).as(code + " " + m).isEqualTo(expected.get().quadClass(code));
                        }
                    }
                }
            }
        }
        assertThat(ActKind.of("190", Modality.INTENT)).hasValue(ActKind.WORD);
        assertThat(ActKind.WORD.quadClass("190")).isEqualTo(3);
        assertThat(ActKind.of("190", Modality.BACKGROUND)).isEmpty();
        assertThat(ActKind.of("010", Modality.ASSERTED)).hasValue(ActKind.WORD);
        assertThat(ActKind.of("072", Modality.REPORTED)).hasValue(ActKind.DEED);
        assertThat(ActKind.DEED.quadClass("072")).isEqualTo(2);
    }

    @Test
    void openingRefusesWhatIsNotARecordOfThisVersionNamingTheFile() throws Exception {
        StoreLocation missing = new StoreLocation(dir.resolve("none.duckdb").toString());
        assertThatThrownBy(() -> RecordReader.open(missing)).isInstanceOf(StoreException.class)
                .hasMessage(missing.file() + ": no such store (run saydo ingest first, or give --db)");
        assertThat(missing.exists()).as("a reader never creates a store").isFalse();

        Path text = Files.writeString(dir.resolve("notes.duckdb"), "not a database");
        assertThatThrownBy(() -> RecordReader.open(new StoreLocation(text.toString())))
                .isInstanceOf(StoreException.class).hasMessageContaining(text + ": not a DuckDB database");

        StoreLocation old = record(StoreBackend.DUCKDB);
        try (Connection c = DuckDbFile.connect(old.file(), new Properties()); Statement s = c.createStatement()) {
            s.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
        }
        assertThatThrownBy(() -> RecordReader.open(old)).isInstanceOf(StoreException.class)
                .hasMessage(old.file() + " has schema version 1; open it once with saydo events to migrate it");
    }

    @Test
    void aLocationIsAFileADuckDbUrlOrAPostgresUrl() {
        assertThat(StoreLocation.parse("jdbc:duckdb:/tmp/x.duckdb")).isEqualTo(new StoreLocation("/tmp/x.duckdb"));
        assertThat(StoreLocation.parse("x.duckdb").file()).isEqualTo("x.duckdb");
        assertThat(StoreLocation.parse("x.duckdb").postgres()).isFalse();
        assertThatThrownBy(() -> StoreLocation.parse("jdbc:mysql://db/saydo")).isInstanceOf(StoreException.class)
                .hasMessage("jdbc:mysql://db/saydo: not a store Saydo knows: give a DuckDB file, jdbc:duckdb:FILE or "
                        + "postgresql://host[:port]/db");
        StoreLocation team = StoreLocation.parse("postgresql://ana:s3cret@db.example:5433/saydo?sslmode=require");
        assertThat(team.postgres()).isTrue();
        assertThat(team).hasToString("postgresql://ana@db.example:5433/saydo"); // messages never show the password
        assertThat(PostgresDialect.Url.parse(team.file(), Map.of("PGUSER", "bob", "PGPASSWORD", "x")))
                .isEqualTo(new PostgresDialect.Url("jdbc:postgresql://db.example:5433/saydo?sslmode=require", "ana",
                        "s3cret"));
        assertThat(PostgresDialect.Url.parse("jdbc:postgresql://db/saydo", Map.of("PGUSER", "bob", "PGPASSWORD", "x")))
                .isEqualTo(new PostgresDialect.Url("jdbc:postgresql://db/saydo", "bob", "x"));
        assertThatThrownBy(() -> StoreLocation.parse("postgresql://ana:s3cret@db.example")).isInstanceOf(StoreException.class)
                .hasMessage("postgresql://ana@db.example: not a PostgreSQL URL: it needs a host and a database "
                        + "(postgresql://[user[:password]@]host[:port]/db)");
        assertThatThrownBy(() -> StoreLocation.parse("jdbc:duckdb:")).isInstanceOf(StoreException.class)
                .hasMessage("no store file given: 'jdbc:duckdb:'");
    }

    @Test
    void aCursorThatThisReaderDidNotWriteIsRefused() {
        assertThat(Cursor.parse(new Cursor(LocalDate.of(2024, 4, 2), 7).token()))
                .isEqualTo(new Cursor(LocalDate.of(2024, 4, 2), 7));
        assertThat(Cursor.parse(new Cursor(null, 3).token())).isEqualTo(new Cursor(null, 3));
        assertThatThrownBy(() -> Cursor.parse("!!")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'!!'");
    }
}
