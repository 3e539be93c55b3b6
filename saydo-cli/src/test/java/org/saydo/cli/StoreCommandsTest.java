package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.record.Coder;
import org.saydo.store.CameoTable;
import org.saydo.store.FakeCoder;
import picocli.CommandLine;

class StoreCommandsTest {

    static final String TASS = "date 2025-12-03\nPresident Putin received the US envoy in the Kremlin on Tuesday. "
            + "[RUSGOV 040 USAGOV 2025-12-02] {RUSGOV says}";
    static final String REUTERS = "date 2025-12-03\nRussia and the United States held talks in Moscow. "
            + "[RUS 043 USA 2025-12-02]";
    static final String BBC = "date 2025-12-03\nThe Kremlin said the meeting was useful. [RUSGOV 040 USA 2025-12-03 reported]";
    static final String STRIKE = "date 2025-12-04\nRussian forces struck Kharkiv overnight. [RUSMIL 190 UKR 2025-12-03]";

    @TempDir
    Path dir;

    Path db;
    StringWriter out;
    StringWriter err;
    final AtomicInteger coderBuilds = new AtomicInteger();

    @BeforeEach
    void setUp() {
        db = dir.resolve("record.duckdb");
    }

    private int run(Object command, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Coder buildCoder() {
        coderBuilds.incrementAndGet();
        return new FakeCoder();
    }

    private IngestCommand ingest() {
        return new IngestCommand(budget -> buildCoder(), CameoTable.NONE);
    }

    private Path reports() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("tass.txt"), TASS);
        Files.writeString(docs.resolve("reuters.txt"), REUTERS);
        Files.writeString(docs.resolve("strike.txt"), STRIKE);
        Path jsonl = docs.resolve("more.jsonl");
        Files.writeString(jsonl, "{\"outlet\": \"BBC\", \"url\": \"https://bbc.co.uk/x\", \"date\": \"2025-12-03\", "
                + "\"text\": \"" + BBC.substring(BBC.indexOf('\n') + 1) + "\"}\n", StandardCharsets.UTF_8);
        return docs;
    }

    @Test
    void ingestThenListEventsWithReportsAndOutlets() throws IOException {
        Path docs = reports();
        assertThat(run(ingest(), "--db", db.toString(), "--outlet", "Wire", "--threads", "2", docs.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("ingest: 4 documents (4 new, 0 unchanged, 0 failed), 4 events, 1 quotes\n");

        assertThat(run(ingest(), "--db", db.toString(), docs.toString())).isZero();
        assertThat(out.toString()).isEqualTo("ingest: 4 documents (0 new, 4 unchanged, 0 failed), 0 events, 0 quotes\n");
        assertThat(coderBuilds).hasValue(1); // nothing to code the second time: the models were not loaded

        assertThat(run(new EventsCommand(CameoTable.NONE), "--db", db.toString(), "--format", "jsonl")).isZero();
        List<JsonNode> rows = json(out.toString());
        assertThat(rows).hasSize(2);
        JsonNode meeting = rows.stream().filter(r -> r.get("cameo").asText().startsWith("04")).findFirst().orElseThrow();
        assertThat(meeting.get("reports").asInt()).isEqualTo(3);
        assertThat(meeting.get("outlets")).extracting(JsonNode::asText).containsExactly("BBC", "Wire");
        // files are read in name order: more.jsonl (BBC) first, so its event represents the key
        assertThat(meeting.get("source").get("code").asText()).isEqualTo("RUSGOV");
        for (String field : List.of("kind", "doc", "sentence", "start", "end", "text", "trigger", "rule", "source",
                "target", "cameo", "cameo_name", "plover", "quad", "goldstein", "modality", "date", "date_basis",
                "reports", "outlets", "event_key", "origin", "globaleventid")) {
            assertThat(meeting.has(field)).as(field).isTrue();
        }
        assertThat(meeting.get("origin").asText()).isEqualTo("saydo");

        assertThat(run(new EventsCommand(CameoTable.NONE), "--db", db.toString(), "--actor", "RUS", "--target", "UKR"))
                .isZero();
        assertThat(out.toString()).contains("RUSMIL").contains("190").endsWith("1 event\n");

        assertThat(run(new EventsCommand(CameoTable.NONE), "--db", db.toString(), "--modality", "intent,negated",
                "--format", "csv")).isZero();
        assertThat(out.toString().lines()).hasSize(1).first().asString().startsWith("event_key,origin,globaleventid,reports");
    }

    @Test
    void badUsageIsExitTwoAndNamesTheValue() throws IOException {
        assertThat(run(ingest(), "--db", db.toString(), "--threads", "0", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--threads must be at least 1, not 0");
        run(ingest(), "--db", db.toString(), reports().toString());
        assertThat(run(new EventsCommand(CameoTable.NONE), "--db", db.toString(), "--from", "2025-13-01")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--from': '2025-13-01' is not a date (expected YYYY-MM-DD)");
        assertThat(run(new EventsCommand(CameoTable.NONE), "--db", db.toString(), "--modality", "likely")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown modality 'likely'");
        assertThat(run(new ExportCommand(CameoTable.NONE), "--db", db.toString(), "--format", "xml", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown export format 'xml'");
        assertThat(run(new EventsCommand(CameoTable.NONE), "--db", db.toString(), "--from", "2024-05-02", "--to",
                "2024-05-01")).isEqualTo(2);
        assertThat(err.toString()).contains("--from 2024-05-02 is after --to 2024-05-01");
        assertThat(run(new EventsCommand(CameoTable.NONE), "--db", "jdbc:mysql://db/saydo")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--db'")
                .contains("jdbc:mysql://db/saydo: not a store Saydo knows");
        assertThat(run(new EventsCommand(CameoTable.NONE), "--db", "postgresql://ana:pw@db")).isEqualTo(2);
        assertThat(err.toString()).contains("postgresql://ana@db: not a PostgreSQL URL: it needs a host and a database")
                .doesNotContain("ana:pw");
    }

    @Test
    void aBadDocumentIsOneLineOnStderrAndExitOne() throws IOException {
        Path docs = reports();
        Files.write(docs.resolve("broken.txt"), new byte[] {'x', 0});
        assertThat(run(ingest(), "--db", db.toString(), docs.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("saydo: " + docs.resolve("broken.txt") + ": binary file (NUL byte at offset 1)\n");
        assertThat(out.toString()).isEqualTo("ingest: 5 documents (4 new, 0 unchanged, 1 failed), 4 events, 1 quotes\n");
    }

    @Test
    void aStoreFileThatIsNotDuckDbIsOneMessageAndExitOne() throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "shopping list");
        assertThat(run(ingest(), "--db", notes.toString(), reports().toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("saydo: " + notes + ": not a DuckDB database; give another --db file\n");
        assertThat(run(new EventsCommand(CameoTable.NONE), "--db", dir.resolve("none.duckdb").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("none.duckdb: no such store (run saydo ingest first, or give --db)");
    }

    @Test
    void exportsRoundTrip() throws Exception {
        run(ingest(), "--db", db.toString(), reports().toString());
        Path gdeltFile = gdeltSample();
        if (gdeltFile != null) {
            assertThat(run(ingest(), "--db", db.toString(), gdeltFile.toString())).isZero();
        }
        assertThat(run(new EventsCommand(CameoTable.NONE), "--db", db.toString(), "--format", "jsonl")).isZero();
        List<String> events = out.toString().lines().toList();

        Path jsonl = dir.resolve("e.jsonl");
        assertThat(run(new ExportCommand(CameoTable.NONE), "--db", db.toString(), "--format", "jsonl", jsonl.toString())).isZero();
        assertThat(Files.readAllLines(jsonl)).isEqualTo(events);

        Path csv = dir.resolve("e.csv");
        Path parquet = dir.resolve("e.parquet");
        assertThat(run(new ExportCommand(CameoTable.NONE), "--db", db.toString(), "--format", "csv", csv.toString())).isZero();
        assertThat(run(new ExportCommand(CameoTable.NONE), "--db", db.toString(), "--format", "parquet", parquet.toString())).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM read_csv('" + csv + "', header = true)")).isEqualTo(events.size());
            assertThat(count(s, "SELECT count(*) FROM read_parquet('" + parquet + "')")).isEqualTo(events.size());
            assertThat(count(s, "SELECT max(reports) FROM read_parquet('" + parquet + "')")).isEqualTo(3);
            assertThat(count(s, "SELECT max(reports) FROM read_csv('" + csv + "', header = true)")).isEqualTo(3);
        }

        Path tsv = dir.resolve("record.export.CSV");
        assertThat(run(new ExportCommand(CameoTable.NONE), "--db", db.toString(), "--format", "gdelt", tsv.toString())).isZero();
        try (Stream<String> lines = Files.lines(tsv)) {
            assertThat(lines.map(l -> l.split("\t", -1).length)).hasSize(events.size()).allMatch(n -> n == 61);
        }
        if (gdeltFile != null) {
            assertThat(Files.readAllLines(tsv)).containsAll(Files.readAllLines(gdeltFile)); // GDELT rows come back as read
        }
        Path again = dir.resolve("again.duckdb");
        assertThat(run(ingest(), "--db", again.toString(), tsv.toString())).isZero();
        assertThat(run(new EventsCommand(CameoTable.NONE), "--db", again.toString(), "--format", "jsonl")).isZero();
        assertThat(out.toString().lines()).hasSize(events.size());
    }

    @Test
    void recodeReplacesTheCoding() throws IOException {
        run(ingest(), "--db", db.toString(), reports().toString());
        assertThat(run(new RecodeCommand(this::buildCoder, CameoTable.NONE), "--db", db.toString())).isZero();
        assertThat(out.toString()).isEqualTo("recode: 4 documents (4 recoded, 0 unchanged, 0 failed), 4 events, 1 quotes\n");
        assertThat(run(new EventsCommand(CameoTable.NONE), "--db", db.toString(), "--format", "jsonl")).isZero();
        assertThat(out.toString().lines()).hasSize(2);
    }

    private static Path gdeltSample() {
        String shared = System.getProperty("saydo.shared");
        Path file = shared == null ? null : Path.of(shared, "data", "gdelt", "20161013151500.export.CSV");
        return file != null && Files.isRegularFile(file) ? file : null;
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<JsonNode> json(String lines) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        return lines.lines().map(l -> {
            try {
                return mapper.readTree(l);
            } catch (IOException e) {
                throw new AssertionError(l, e);
            }
        }).toList();
    }

    @Test
    void theRealGdeltFileCountsMatchAColumnCount() throws IOException {
        Path file = gdeltSample();
        assumeTrue(file != null, "no shared GDELT sample (system property saydo.shared): skipping");
        long usa;
        try (Stream<String> lines = Files.lines(file)) {
            usa = lines.filter(l -> l.split("\t", -1)[5].startsWith("USA")).count();
        }
        assertThat(run(ingest(), "--db", db.toString(), file.toString())).isZero();
        assertThat(out.toString()).endsWith("GDELT: 3566 rows (3566 new, 0 unchanged, 0 failed)\n");
        assertThat(run(new EventsCommand(CameoTable.NONE), "--db", db.toString(), "--actor", "USA", "--format", "jsonl")).isZero();
        assertThat(out.toString().lines()).hasSize((int) usa);
        assertThat(coderBuilds).hasValue(0);
    }

    @Test
    void reindexRebuildsTheSummaryAndAMissingStoreIsAClearError() throws IOException {
        assertThat(run(ingest(), "--db", db.toString(), reports().toString())).as(err.toString()).isZero();
        // the meeting (three reports, one key), the strike, and the Kremlin's one quote; each on its own day,
        // source, target, root and modality: three summary rows
        assertThat(run(new ReindexCommand(CameoTable.NONE), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).matches("reindex: 2 event keys, 1 distinct quotes, 3 summary rows \\(\\d+\\.\\d s\\)\n");

        Path missing = dir.resolve("none.duckdb");
        assertThat(run(new ReindexCommand(CameoTable.NONE), "--db", missing.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("saydo: " + missing + ": no such store (run saydo ingest first, or give "
                + "--db)\n");
        assertThat(Files.exists(missing)).isFalse();
    }
}
