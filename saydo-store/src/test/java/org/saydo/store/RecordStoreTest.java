package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.doc.Document;
import org.saydo.record.Modality;

/**
 * The store contract: every {@code @ParameterizedTest} here runs on DuckDB and on PostgreSQL ({@link StoreBackend};
 * the PostgreSQL cases skip, saying how to run them, without a server). The {@code @Test}s are about DuckDB files.
 */
class RecordStoreTest {

    @TempDir
    Path dir;

    private final FakeCoder coder = new FakeCoder();

    /** A new empty record of {@code backend} (the PostgreSQL cases skip without a server: {@link StoreBackend}). */
    private RecordStore open(StoreBackend backend) {
        return RecordStore.open(backend.fresh(dir), StoreFixtures.CAMEO);
    }

    private static Document report(String outlet, String text) {
        return new Document(Document.idOf(text), outlet + ".txt", "https://" + outlet + "/a", outlet, null,
                LocalDate.of(2025, 12, 3), text);
    }

    private RecordStore.Stored store(RecordStore store, String outlet, String text) {
        return store.store(coder.code(report(outlet, text)), LinkRule.standard());
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void storingTheSameDocumentTwiceChangesNothing(StoreBackend backend) {
        try (RecordStore store = open(backend)) {
            RecordStore.Stored first = store(store, "tass.com", "Putin met Witkoff. [RUSGOV 040 USAGOV 2025-12-02] {RUSGOV says}");
            RecordStore.Counts counts = store.counts();
            RecordStore.Stored second = store(store, "tass.com", "Putin met Witkoff. [RUSGOV 040 USAGOV 2025-12-02] {RUSGOV says}");
            assertThat(first).isEqualTo(new RecordStore.Stored(true, 1, 1));
            assertThat(second.added()).isFalse();
            assertThat(store.counts()).isEqualTo(counts).isEqualTo(new RecordStore.Counts(1, 1, 1, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void threeReportsOfOneMeetingAreOneEventWithThreeReports(StoreBackend backend) {
        try (RecordStore store = open(backend)) {
            store(store, "tass.com", "Putin received Witkoff in the Kremlin. [RUSGOV 040 USAGOV 2025-12-02]");
            store(store, "reuters.com", "Russia and the US held talks. [RUS 043 USA 2025-12-02]");
            store(store, "bbc.co.uk", "The Kremlin said the talks were useful. [RUSGOV 040 USA 2025-12-03 reported]");
            List<StoredEvent> events = StoreFixtures.events(store, EventQuery.all());
            assertThat(events).hasSize(1);
            StoredEvent e = events.get(0);
            assertThat(e.reports()).isEqualTo(3);
            assertThat(e.outlets()).containsExactly("bbc.co.uk", "reuters.com", "tass.com");
            assertThat(e.source().code()).isEqualTo("RUSGOV"); // the first report's event represents the key
            assertThat(e.cameoName()).isEqualTo("Consult, not specified below");
            assertThat(e.quad()).isEqualTo(1);
            assertThat(store.counts()).isEqualTo(new RecordStore.Counts(3, 1, 3, 0));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void anotherRootADistantDateAnotherDyadOrAnIntentAreSeparateEvents(StoreBackend backend) {
        try (RecordStore store = open(backend)) {
            store(store, "tass.com", "[RUSGOV 040 USAGOV 2025-12-02]");
            store(store, "a.com", "[RUSGOV 190 USAGOV 2025-12-02]"); // another root
            store(store, "b.com", "[RUSGOV 040 USAGOV 2025-12-04]"); // 2 days later, tolerance 1
            store(store, "c.com", "[RUSMIL 040 USAGOV 2025-12-02]"); // RUSMIL is not part of RUSGOV
            store(store, "d.com", "[RUSGOV 040 USAGOV 2025-12-02 intent]"); // a plan to meet
            store(store, "e.com", "[RUSGOV 040 - 2025-12-02]"); // no target
            assertThat(StoreFixtures.events(store, EventQuery.all())).hasSize(6).allSatisfy(e -> assertThat(e.reports()).isEqualTo(1));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void backgroundReferencesWithoutADateAreStoredUndatedAndNeverMergedWithDeeds(StoreBackend backend) {
        try (RecordStore store = open(backend)) {
            // "Crimea, which Russia has occupied since 2014" told by two reports, and a fresh occupation
            store(store, "tass.com", "[RUS 192 UKR none background]");
            store(store, "bbc.co.uk", "Crimea: [RUS 192 UKR none background]"); // another text, another report
            store(store, "reuters.com", "[RUS 192 UKR 2025-12-02 background] [RUS 192 UKR 2025-12-02]");
            List<StoredEvent> background = StoreFixtures.events(store, EventQuery.all().withModalities(Set.of(Modality.BACKGROUND)));
            assertThat(background).hasSize(3);
            assertThat(background).filteredOn(e -> e.date() == null).hasSize(2)
                    .allSatisfy(e -> assertThat(e.dateBasis().label()).isEqualTo("none"));
            assertThat(StoreFixtures.events(store, EventQuery.all().withModalities(Set.of(Modality.ASSERTED)))).hasSize(1)
                    .allSatisfy(e -> assertThat(e.reports()).isEqualTo(1));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void theToleranceIsConfigurable(StoreBackend backend) {
        try (RecordStore store = open(backend)) {
            LinkRule threeDays = new LinkRule(3);
            store.store(coder.code(report("tass.com", "[RUSGOV 040 USAGOV 2025-12-02]")), threeDays);
            store.store(coder.code(report("b.com", "[RUSGOV 040 USAGOV 2025-12-05]")), threeDays);
            store.store(coder.code(report("c.com", "[RUSGOV 040 USAGOV 2025-12-06]")), threeDays);
            assertThat(StoreFixtures.events(store, EventQuery.all())).extracting(StoredEvent::reports).containsExactly(2, 1);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void queriesFilterByActorPrefixTargetCodeDatesModalityAndOutlet(StoreBackend backend) {
        try (RecordStore store = open(backend)) {
            store(store, "tass.com", "[RUSGOV 040 USAGOV 2025-12-02] [RUSMIL 190 UKR 2025-12-01]");
            store(store, "kyivindependent.com", "[RUS 190 UKRMIL 2025-12-05 reported] [UKR 190 RUS 2025-12-06]");
            store(store, "reuters.com", "[USAGOV 042 RUS 2025-12-02 intent]");
            assertThat(keys(store, EventQuery.all().withActor("RUS"))).hasSize(3);
            assertThat(keys(store, EventQuery.all().withActor("RUSGOV"))).hasSize(1);
            assertThat(keys(store, EventQuery.all().withTarget("UKR"))).hasSize(2);
            assertThat(keys(store, EventQuery.all().withActor("RUS").withTarget("UKR"))).hasSize(2);
            assertThat(keys(store, EventQuery.all().withCameo("19"))).hasSize(3);
            assertThat(keys(store, EventQuery.all().withCameo("04"))).hasSize(2);
            assertThat(keys(store, EventQuery.all().withDates(LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 5))))
                    .hasSize(3);
            assertThat(keys(store, EventQuery.all().withModalities(Set.of(Modality.ASSERTED, Modality.REPORTED))))
                    .hasSize(4);
            assertThat(keys(store, EventQuery.all().withOutlet("kyivindependent.com"))).hasSize(2);
            assertThat(keys(store, EventQuery.all().withLimit(2))).hasSize(2);
            assertThat(StoreFixtures.events(store, EventQuery.all())).extracting(StoredEvent::date).isSorted();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void valuesAreParametersNeverSql(StoreBackend backend) {
        try (RecordStore store = open(backend)) {
            store(store, "tass.com", "[RUSGOV 040 USAGOV 2025-12-02]");
            assertThat(StoreFixtures.events(store, EventQuery.all().withActor("X' OR 1=1 --"))).isEmpty();
            assertThat(StoreFixtures.events(store, EventQuery.all().withOutlet("') OR TRUE OR ('"))).isEmpty();
            assertThat(store.counts().events()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void textsComeBackAsTheyWereWritten(StoreBackend backend) {
        String text = "Tabs\tand\r\nlines, a back\\slash \\N, 'quotes' \"too\", accents: Zaporizhzhia's élan, "
                + "Київ, 🕊. [RUSGOV 040 USAGOV 2025-12-02] {RUSGOV says}";
        try (RecordStore store = open(backend)) {
            Document d = new Document(Document.idOf(text), "odd\tname.txt", "https://a.example/x?q=1\\2", "a\\b",
                    "Title\nwith a break", LocalDate.of(2025, 12, 3), text);
            store.store(coder.code(d), LinkRule.standard());
            assertThat(store.documents(0, 10)).extracting(RecordStore.StoredDocument::document).containsExactly(d);
            StoredEvent e = StoreFixtures.events(store, EventQuery.all()).get(0);
            assertThat(e.outlets()).containsExactly("a\\b");
            assertThat(text).contains(e.text());
            assertThat(e.doc()).isEqualTo("odd\tname.txt");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void reopeningKeepsTheRecordAndContinuesTheIds(StoreBackend backend) {
        StoreLocation location = backend.fresh(dir);
        try (RecordStore store = RecordStore.open(location, StoreFixtures.CAMEO)) {
            store(store, "tass.com", "[RUSGOV 040 USAGOV 2025-12-02]");
        }
        try (RecordStore store = RecordStore.open(location, StoreFixtures.CAMEO)) {
            store(store, "a.com", "[UKR 190 RUS 2025-12-02]");
            assertThat(StoreFixtures.events(store, EventQuery.all())).extracting(StoredEvent::eventKey).containsExactly(1L, 2L);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void aStoreFromANewerSchemaIsAClearError(StoreBackend backend) {
        StoreLocation location = backend.fresh(dir);
        RecordStore.open(location, StoreFixtures.CAMEO).close();
        StoreBackend.execute(location, "UPDATE meta SET value = '7' WHERE key = 'schema_version'");
        assertThatThrownBy(() -> RecordStore.open(location, StoreFixtures.CAMEO)).isInstanceOf(StoreException.class)
                .hasMessage(location + " was written by schema version 7; this Saydo knows at most "
                        + RecordStore.SCHEMA_VERSION);
    }

    @Test
    void aFileThatIsNotDuckDbIsAClearError() throws IOException {
        Path file = dir.resolve("notes.duckdb");
        Files.writeString(file, "these are my notes, not a database\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RecordStore.open(file.toString(), CameoTable.NONE))
                .isInstanceOf(StoreException.class)
                .hasMessage(file + ": not a DuckDB database; give another --db file");
        assertThat(Files.readString(file)).isEqualTo("these are my notes, not a database\n");
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void aDatabaseOfAnotherApplicationIsAClearError(StoreBackend backend) {
        StoreLocation location = backend.fresh(dir);
        StoreBackend.execute(location, "CREATE TABLE sales (id INTEGER)");
        assertThatThrownBy(() -> RecordStore.open(location, CameoTable.NONE))
                .isInstanceOf(StoreException.class)
                .hasMessage(location + ": a " + (backend == StoreBackend.DUCKDB ? "DuckDB" : "PostgreSQL")
                        + " database, but not a Saydo store (no meta table)");
    }

    @Test
    void aPostgresServerThatDoesNotAnswerIsAClearErrorAndDuckDbUrlsOpenFiles() {
        assertThatThrownBy(() -> RecordStore.open("postgresql://ana:s3cret@127.0.0.1:1/saydo", CameoTable.NONE))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("postgresql://ana@127.0.0.1:1/saydo: cannot connect to PostgreSQL: ")
                .hasMessageNotContaining("s3cret");
        try (RecordStore store = RecordStore.open("jdbc:duckdb:" + dir.resolve("u.duckdb"), CameoTable.NONE)) {
            assertThat(store.counts().documents()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void recodeReplacesADocumentsEventsAndDropsEmptyKeys(StoreBackend backend) {
        try (RecordStore store = open(backend)) {
            Document d = report("tass.com", "[RUSGOV 040 USAGOV 2025-12-02]");
            store.store(coder.code(d), LinkRule.standard());
            Document same = new Document(d.id(), d.source(), d.url(), d.outlet(), d.title(), d.published(),
                    "[RUSGOV 190 UKR 2025-12-02] [UKR 190 RUS 2025-12-02]");
            store.recode(coder.code(same), LinkRule.standard());
            assertThat(StoreFixtures.events(store, EventQuery.all())).extracting(StoredEvent::cameo).containsExactly("190", "190");
            assertThat(store.counts()).isEqualTo(new RecordStore.Counts(1, 2, 2, 0));
        }
    }

    private static final String WIRE = "Envoys meet in Moscow\n\nMOSCOW (Wire) - The American envoy and the Russian "
            + "president met in the Kremlin on Tuesday for talks that lasted about five hours, an aide said. "
            + "Neither side gave details of the peace plan they discussed. The envoy flew in from Florida in the "
            + "morning and was expected to leave on Wednesday. [RUSGOV 040 USAGOV 2025-12-02]\n";

    private static final String OWN = "Our correspondent watched the motorcade arrive at the Kremlin gates after "
            + "dark, and officials on both sides refused to say what had been agreed. [RUSGOV 040 USAGOV 2025-12-02]";

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void syndicatedCopiesOfOneStoryAreOneSourceAndAnotherStoryIsAnother(StoreBackend backend) {
        try (RecordStore store = open(backend)) {
            store(store, "wire.com", WIRE);
            // the same story on two other sites: another headline, another dateline
            store(store, "daily.com", WIRE.replace("Envoys meet in Moscow", "Five hours in the Kremlin"));
            store(store, "herald.com", WIRE.replace("MOSCOW (Wire) - ", "Moscow: "));
            store(store, "post.com", OWN);
            List<StoredEvent> rows = StoreFixtures.events(store, EventQuery.all());
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).reports()).isEqualTo(4);
            assertThat(rows.get(0).sources()).isEqualTo(2);
            String first = Document.idOf(WIRE);
            assertThat(store.cluster(Document.idOf(WIRE.replace("MOSCOW (Wire) - ", "Moscow: ")))).contains(first);
            assertThat(store.cluster(Document.idOf(OWN))).contains(Document.idOf(OWN));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void twoOwnStoriesOfOneOutletAreOneSource(StoreBackend backend) {
        try (RecordStore store = open(backend)) {
            store(store, "post.com", WIRE);
            store(store, "post.com", OWN);
            StoredEvent row = StoreFixtures.events(store, EventQuery.all()).get(0);
            assertThat(row.reports()).isEqualTo(2);
            assertThat(row.sources()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void recodeKeepsADocumentInItsCluster(StoreBackend backend) {
        try (RecordStore store = open(backend)) {
            store(store, "wire.com", WIRE);
            Document copy = report("daily.com", WIRE.replace("Envoys meet in Moscow", "Five hours in the Kremlin"));
            store.store(coder.code(copy), LinkRule.standard());
            store.recode(coder.code(copy), LinkRule.standard());
            assertThat(store.cluster(copy.id())).contains(Document.idOf(WIRE));
            assertThat(StoreFixtures.events(store, EventQuery.all()).get(0).sources()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void aVersionOneRecordIsMigratedAndItsClustersAndSummaryComputed(StoreBackend backend) {
        StoreLocation location = backend.fresh(dir);
        try (RecordStore store = RecordStore.open(location, StoreFixtures.CAMEO)) {
            store(store, "wire.com", WIRE);
            store(store, "daily.com", WIRE.replace("Envoys meet in Moscow", "Five hours in the Kremlin"));
            store(store, "post.com", OWN);
        }
        // take the file back to schema version 1, as an older Saydo wrote it
        StoreBackend.execute(location, "DROP TABLE syndication_bands", "DROP TABLE syndication", "DROP TABLE act_summary",
                "DROP TABLE event_acts", "DROP TABLE quote_acts", "DROP TABLE narrative_claims",
                "DROP TABLE narrative_labels", "DROP TABLE claims", "UPDATE meta SET value = '1' WHERE key = 'schema_version'");
        try (RecordStore store = RecordStore.open(location, StoreFixtures.CAMEO)) {
            // version 4: the summary is computed for what was stored: one meeting, a word
            assertThat(store.wordsAndDeeds(null, null, ActSummary.Period.MONTH, null, null))
                    .extracting(ActSummary.PeriodCounts::words, ActSummary.PeriodCounts::deeds)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 0L));
            assertThat(store.cluster(Document.idOf(OWN))).contains(Document.idOf(OWN));
            assertThat(store.cluster(Document.idOf(WIRE.replace("Envoys meet in Moscow", "Five hours in the Kremlin"))))
                    .contains(Document.idOf(WIRE));
            StoredEvent row = StoreFixtures.events(store, EventQuery.all()).get(0);
            assertThat(row.reports()).isEqualTo(3);
            assertThat(row.sources()).isEqualTo(2);
        }
        assertThat(StoreBackend.query(location, "SELECT value FROM meta WHERE key = 'schema_version'"))
                .isEqualTo(Integer.toString(RecordStore.SCHEMA_VERSION));
    }

    private static List<Long> keys(RecordStore store, EventQuery q) {
        return StoreFixtures.events(store, q).stream().map(StoredEvent::eventKey).toList();
    }
}
