package org.saydo.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.cli.JudgeChoice;
import org.saydo.cli.Pipelines;
import org.saydo.cli.Saydo;
import org.saydo.ontology.CameoOntology;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import org.saydo.record.RecordJson;
import org.saydo.store.CameoTable;
import org.saydo.store.EventQuery;
import org.saydo.store.LinkRule;
import org.saydo.store.RecordReader;
import org.saydo.store.RecordStore;
import org.saydo.store.SourceItem;
import org.saydo.store.Sources;
import org.saydo.store.StoreLocation;
import org.saydo.store.StoredEvent;

/**
 * The Spark job in local mode on a small corpus written for the test (reports of 2018 and 2019 in our own words:
 * two reports of one meeting, an HTML page, a JSON Lines feed with a bad line, a copy of a report, a binary file,
 * a file of another type), checked against the CLI: the same events and quotes as {@code saydo code} (the
 * command itself for the {@code .txt} files; the store's readers and the same pipeline for the others), the same
 * event keys as the store builds when it ingests the same documents in the same order, and read back by DuckDB.
 */
class CorpusJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path corpus;
    static Path output;
    static SparkSession spark;
    static CorpusJob.Summary summary;

    @BeforeAll
    static void runJob() throws IOException {
        corpus = dir.resolve("corpus");
        for (String name : List.of("a-paris-summit.txt", "wire/b-paris-wire.txt", "c-kerch-strait.html")) {
            Path to = corpus.resolve(name);
            Files.createDirectories(to.getParent());
            try (InputStream in = CorpusJobTest.class.getResourceAsStream("corpus/" + name)) {
                Files.copy(in, to);
            }
        }
        Files.createDirectories(corpus.resolve("mirror"));
        Files.copy(corpus.resolve("a-paris-summit.txt"), corpus.resolve("mirror/a-copy.txt"));
        Files.writeString(corpus.resolve("d-feed.jsonl"), "{\"url\": \"https://example.org/swap\", \"outlet\": "
                + "\"Example Wire\", \"date\": \"2019-09-08\", \"title\": \"Prisoners exchanged\", \"text\": "
                + "\"Russia and Ukraine exchanged 35 prisoners each on Saturday. Zelensky thanked Putin for the "
                + "exchange and said Ukraine was ready to meet Russia for new talks.\"}\n"
                + "{this line is not JSON\n");
        Files.write(corpus.resolve("z-binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        Files.writeString(corpus.resolve("notes.md"), "Not a type Saydo reads; skipped as in a directory walk.\n");
        output = dir.resolve("out");
        spark = SparkCommand.session(2);
        spark.conf().set("spark.sql.jsonGenerator.ignoreNullFields", "false");
        summary = CorpusJob.run(spark, settings());
    }

    private static CorpusJob.Settings settings() {
        return new CorpusJob.Settings(List.of(corpus.toString()), output.toString(),
                CoderSpec.of(JudgeChoice.STANDARD), LinkRule.standard(), 0);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** The path of a corpus file as the job names it. */
    private static String sparkPath(Path file) {
        return file.toUri().toString().replaceFirst("^file:///", "file:/");
    }

    @Test
    void theEventsAndQuotesAreThoseOfTheCli() throws IOException {
        List<JsonNode> expected = new ArrayList<>();
        List<String> texts = List.of("a-paris-summit.txt", "wire/b-paris-wire.txt");
        StringWriter out = new StringWriter();
        CommandLineRun run = cli(out, "code", "--format", "jsonl",
                corpus.resolve(texts.get(0)).toString(), corpus.resolve(texts.get(1)).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        for (String line : out.toString().strip().split("\n")) {
            ObjectNode o = (ObjectNode) JSON.readTree(line);
            o.put("doc", sparkPath(Path.of(o.get("doc").asText())));
            expected.add(o);
        }
        RecordJson json = new RecordJson(CameoOntology.standard());
        Coder coder = Pipelines.standard(List.of(), JudgeChoice.STANDARD);
        for (Path file : List.of(corpus.resolve("c-kerch-strait.html"), corpus.resolve("d-feed.jsonl"))) {
            for (CodedDocument coded : codeWithStoreReaders(coder, file)) {
                coded.events().forEach(e -> expected.add(renamed(json.event(e), file)));
                coded.quotes().forEach(q -> expected.add(renamed(json.quote(q), file)));
            }
        }
        List<JsonNode> actual = new ArrayList<>();
        actual.addAll(rows(spark.read().parquet(output + "/events").drop("event_id", "event_key", "month")));
        actual.addAll(rows(spark.read().parquet(output + "/quotes").drop("quote_id", "month")));

        assertThat(expected).as("the corpus gives events and quotes").hasSizeGreaterThan(8);
        assertThat(sorted(actual)).isEqualTo(sorted(expected));
        assertThat(actual).allSatisfy(o -> {
            assertThat(o.get("format").asInt()).isEqualTo(org.saydo.Version.FORMAT);
            assertThat(o.get("rule").asText()).isNotBlank();
            assertThat(o.get("doc").asText()).matches("(file:/|https://example.org/).*");
        });
    }

    @Test
    void eventKeysAreThoseTheStoreBuildsFromTheSameDocuments() throws IOException {
        Coder coder = Pipelines.standard(List.of(), JudgeChoice.STANDARD);
        List<Path> files = new ArrayList<>();
        Sources.files(corpus, files::add);
        files.sort(Comparator.comparing(CorpusJobTest::sparkPath));
        List<String> expected = new ArrayList<>();
        String record = dir.resolve("record.duckdb").toString();
        try (RecordStore store = RecordStore.open(record, CameoTable.standard())) {
            for (Path file : files) {
                for (CodedDocument coded : codeWithStoreReaders(coder, file)) {
                    store.store(coded, LinkRule.standard());
                }
            }
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(record))) {
            for (StoredEvent e : reader.events(EventQuery.all())) {
                expected.add(e.docId() + " " + e.sentence() + " " + e.start() + " " + e.source().code() + ">"
                        + (e.target() == null ? null : e.target().code()) + " " + e.cameo() + " reports=" + e.reports());
            }
        }
        Map<String, Long> reports = new HashMap<>();
        for (Row r : spark.read().parquet(output + "/reports").groupBy("event_key").count().collectAsList()) {
            reports.put(r.getString(0), r.getLong(1));
        }
        List<String> actual = new ArrayList<>();
        for (Row r : spark.read().parquet(output + "/events").where("event_id = event_key")
                .select("doc_id", "sentence", "start", "source.code", "target.code", "cameo", "event_key")
                .collectAsList()) {
            actual.add(r.getString(0) + " " + r.getInt(1) + " " + r.getInt(2) + " " + r.getString(3) + ">"
                    + r.getString(4) + " " + r.getString(5) + " reports=" + reports.get(r.getString(6)));
        }
        expected.sort(null);
        actual.sort(null);
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).as("the two reports of the Paris meeting are one event").anyMatch(s -> s.endsWith(
                " reports=2"));
        assertThat(summary.keys()).isEqualTo(actual.size()).isLessThan(summary.events());
    }

    @Test
    void badInputIsNamedInTheFailuresTableAndCopiesAreCodedOnce() {
        List<String> failures = spark.read().parquet(output + "/failures").collectAsList().stream()
                .map(r -> r.getString(0) + " | " + r.getString(2) + " | " + r.getString(1)).toList();
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0)).startsWith(sparkPath(corpus.resolve("d-feed.jsonl")) + ":2 | read | not JSON");
        assertThat(failures.get(1)).startsWith(sparkPath(corpus.resolve("z-binary.txt")) + " | read | ");
        assertThat(failures).noneMatch(f -> f.contains(System.getProperty("java.io.tmpdir") + "/saydo-spark-"));

        List<String> docs = spark.read().parquet(output + "/documents").select("doc").collectAsList().stream()
                .map(r -> r.getString(0)).sorted().toList();
        assertThat(docs).containsExactlyInAnyOrder(sparkPath(corpus.resolve("a-paris-summit.txt")),
                sparkPath(corpus.resolve("c-kerch-strait.html")), "https://example.org/swap",
                sparkPath(corpus.resolve("wire/b-paris-wire.txt")));
        assertThat(summary.documents()).isEqualTo(4);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(2);
    }

    @Test
    void tablesArePartitionedByMonth() throws IOException {
        try (var months = Files.list(output.resolve("events"))) {
            assertThat(months.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("month=")))
                    .contains("month=2019-12", "month=2018-11");
        }
        for (Row r : spark.read().parquet(output + "/events").select("date", "month").collectAsList()) {
            String month = r.get(0) == null ? CorpusJob.UNDATED : r.get(0).toString().substring(0, 7);
            assertThat(r.get(1).toString()).isEqualTo(month);
        }
    }

    @Test
    void duckDbReadsTheTables() throws SQLException {
        String events = output + "/events/*/*.parquet";
        String reports = output + "/reports/*/*.parquet";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT e.event_key), "
                        + "count(*) FILTER (WHERE e.source.code IS NOT NULL AND e.month = strftime(e.date, '%Y-%m')), "
                        + "max(r.reports) FROM read_parquet('" + events + "', hive_partitioning = true) e "
                        + "LEFT JOIN (SELECT event_key, count(*) AS reports FROM read_parquet('" + reports
                        + "', hive_partitioning = true) GROUP BY event_key) r USING (event_key)")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(summary.events());
            assertThat(rs.getLong(2)).isEqualTo(summary.keys());
            assertThat(rs.getLong(3)).as("dated events with their source").isPositive();
            assertThat(rs.getLong(4)).isEqualTo(2);
        }
    }

    @Test
    void aRerunGivesTheSameTables() throws IOException {
        List<String> before = tableRows();
        CorpusJob.Summary again = CorpusJob.run(spark, settings());
        assertThat(again).isEqualTo(summary);
        assertThat(tableRows()).isEqualTo(before);
    }

    /**
     * The record an {@code import} of the tables builds is the record an {@code ingest} of the same files builds:
     * every table row for row (ids, event keys and their reports, provenance, clusters, narratives, the per-key
     * summary; only the time of ingest differs), so every analysis answers alike.
     */
    @Test
    void anImportOfTheTablesIsTheRecordOfAnIngest() throws SQLException {
        String ingested = dir.resolve("ingested.duckdb").toString();
        String imported = dir.resolve("imported.duckdb").toString();
        StringWriter out = new StringWriter();
        CommandLineRun run = cli(out, "ingest", "--db", ingested, "--threads", "2", corpus.toString());
        assertThat(run.exit()).as("the bad line and the binary file fail").isEqualTo(1);
        assertThat(out.toString()).startsWith("ingest: 7 documents (4 new, 1 unchanged, 2 failed)");

        out = new StringWriter();
        run = cli(out, "import", "--db", imported, "--threads", "2", output.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(out.toString()).startsWith("import: 4 documents (4 new, 0 unchanged, 0 failed), "
                + summary.events() + " events, " + summary.quotes() + " quotes from " + output);

        Map<String, List<String>> expected = record(ingested);
        Map<String, List<String>> actual = record(imported);
        assertThat(expected.get("events")).hasSize((int) summary.events());
        assertThat(expected.get("event_keys")).hasSize((int) summary.keys());
        assertThat(expected.get("narrative_labels")).as("narratives are labelled").isNotEmpty();
        assertThat(expected.get("act_summary")).isNotEmpty();
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.get("documents")).as("a local file is named by its path, as ingest names it")
                .anyMatch(row -> row.contains(corpus.resolve("wire/b-paris-wire.txt").toString()))
                .noneMatch(row -> row.contains("file:/"));

        for (List<String> analysis : List.of(List.of("gap", "--actor", "RUS", "--by", "week"),
                List.of("events", "--format", "jsonl"))) {
            List<String> answers = new ArrayList<>();
            for (String db : List.of(ingested, imported)) {
                List<String> args = new ArrayList<>(analysis);
                args.addAll(List.of("--db", db));
                StringWriter answer = new StringWriter();
                run = cli(answer, args.toArray(String[]::new));
                assertThat(run.exit()).as(run.err()).isZero();
                answers.add(answer.toString().replace(db, "DB"));
            }
            assertThat(answers.get(0)).as(String.join(" ", analysis)).isNotBlank();
            assertThat(answers.get(1)).as(String.join(" ", analysis)).isEqualTo(answers.get(0));
        }

        out = new StringWriter();
        run = cli(out, "import", "--db", imported, output.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(out.toString()).as("a rerun adds nothing")
                .startsWith("import: 4 documents (0 new, 4 unchanged, 0 failed), 0 events, 0 quotes");
        assertThat(record(imported)).isEqualTo(expected);
    }

    @Test
    void anImportIntoARecordThatHoldsSomeOfTheDocumentsAddsTheOthers() throws SQLException {
        String partial = dir.resolve("partial.duckdb").toString();
        String whole = dir.resolve("whole.duckdb").toString();
        StringWriter out = new StringWriter();
        CommandLineRun run = cli(out, "ingest", "--db", partial, "--no-narratives",
                corpus.resolve("wire/b-paris-wire.txt").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        out = new StringWriter();
        run = cli(out, "import", "--db", partial, "--no-narratives", output.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(out.toString()).startsWith("import: 4 documents (3 new, 1 unchanged, 0 failed)");
        run = cli(new StringWriter(), "import", "--db", whole, "--no-narratives", output.toString());
        assertThat(run.exit()).as(run.err()).isZero();

        Map<String, List<String>> one = record(partial);
        Map<String, List<String>> other = record(whole);
        assertThat(one.get("documents")).hasSize(4);
        for (String table : List.of("events", "quotes", "reports", "event_keys")) {
            assertThat(one.get(table)).as(table).hasSameSizeAs(other.get(table));
        }
    }

    @Test
    void aDamagedOrIncompleteOutputIsRefusedNamingTheFile() throws IOException, SQLException {
        Path copy = dir.resolve("damaged");
        copyTree(output, copy);
        Path victim;
        try (var files = Files.walk(copy.resolve("events"))) {
            victim = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().findFirst()
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(victim);
        Files.write(victim, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String db = dir.resolve("from-damaged.duckdb").toString();
        CommandLineRun run = cli(new StringWriter(), "import", "--db", db, copy.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("saydo: " + copy + ": cannot read table 'events': ").contains(
                victim.toString());
        assertThat(Path.of(db)).as("the tables are read before the record is opened: nothing is written")
                .doesNotExist();

        Path incomplete = dir.resolve("incomplete");
        copyTree(output, incomplete);
        try (var files = Files.walk(incomplete.resolve("quotes"))) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        run = cli(new StringWriter(), "import", "--db", db, incomplete.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("saydo: " + incomplete + ": not the output of saydo spark: no table "
                + "'quotes' (no directory " + incomplete.resolve("quotes") + ")\n");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    /** Every table of a record, its rows as text in a fixed order, without the time of ingest. */
    private static Map<String, List<String>> record(String file) throws SQLException {
        Map<String, List<String>> tables = new java.util.TreeMap<>();
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
                Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'main' ORDER BY table_name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                String columns = table.equals("documents") ? "* EXCLUDE (ingested_at)" : "*";
                try (ResultSet rs = s.executeQuery("SELECT " + columns + " FROM " + table + " ORDER BY ALL")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(i > 1 ? " | " : "").append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
                tables.put(table, rows);
            }
        }
        return tables;
    }

    private static List<String> tableRows() {
        List<String> all = new ArrayList<>();
        for (String table : CorpusJob.TABLES) {
            spark.read().parquet(output + "/" + table).toJSON().collectAsList().stream().sorted()
                    .forEach(line -> all.add(table + " " + line));
        }
        return all;
    }

    /** Codes a file read by the store's readers (as {@code saydo ingest} reads it), with {@code coder}. */
    private static List<CodedDocument> codeWithStoreReaders(Coder coder, Path file) {
        List<CodedDocument> coded = new ArrayList<>();
        Sources.read(file, item -> {
            if (item instanceof SourceItem.Doc d) {
                coded.add(coder.code(d.document()));
            }
        });
        return coded;
    }

    /** A record of a file read by path, with the file named as the job names it. */
    private static JsonNode renamed(ObjectNode o, Path file) {
        if (o.get("doc").asText().equals(file.toString())) {
            o.put("doc", sparkPath(file));
        }
        return o;
    }

    private static List<JsonNode> rows(Dataset<Row> table) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : table.toJSON().collectAsList()) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }

    private static List<String> sorted(List<JsonNode> nodes) {
        return nodes.stream().map(n -> canonical(n).toString()).sorted().collect(Collectors.toList());
    }

    /** The node with its object keys in name order, so that key order does not matter. */
    private static JsonNode canonical(JsonNode n) {
        if (!n.isObject()) {
            return n;
        }
        ObjectNode o = JSON.createObjectNode();
        Set<String> names = new TreeSet<>();
        n.fieldNames().forEachRemaining(names::add);
        names.forEach(k -> o.set(k, canonical(n.get(k))));
        return o;
    }

    private record CommandLineRun(int exit, String err) {
    }

    private static CommandLineRun cli(StringWriter out, String... args) {
        StringWriter err = new StringWriter();
        picocli.CommandLine cl = Saydo.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CommandLineRun(exit, err.toString());
    }
}
