package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.store.CameoTable;
import org.saydo.store.FakeCoder;
import org.saydo.store.StoredNarratives;
import picocli.CommandLine;

/**
 * {@code saydo import} of one record into another that already holds some of its documents: the documents and
 * GDELT rows the target lacks are stored through the write path (linked against what it holds, with their
 * narratives as the source keeps them), those it holds are skipped and counted, and a rerun adds nothing. The
 * result is the record an ingest of all the documents in the same order builds, table for table.
 */
class ImportIntoARecordTest {

    @TempDir
    Path dir;

    /** Reports of autumn 2021, written for this test; c.txt is in both halves. */
    private static final Map<String, String> DOCUMENTS = Map.of(
            "a.txt", "date 2021-10-04\nThe two governments held talks in a border town. [ARMGOV 040 AZEGOV 2021-10-03] "
                    + "{ARMGOV says}",
            "b.txt", "date 2021-10-05\nA second report of the same border talks. [AZEGOV 040 ARMGOV 2021-10-03] "
                    + "Troops fired across the line that night. [AZEMIL 190 ARM 2021-10-04]",
            "c.txt", "date 2021-10-06\nThe ministry promised to withdraw its units. [AZEGOV 0874 ARM 2021-10-06 intent] "
                    + "{AZEGOV says}",
            "d.txt", "date 2021-10-06\nAnother paper on the night of firing. [AZEMIL 190 ARM 2021-10-04] "
                    + "Envoys met again. [ARMGOV 040 AZEGOV 2021-10-06]",
            "e.txt", "date 2021-10-20\nA ceasefire was denied. [ARMGOV 0871 AZEGOV 2021-10-19 negated]");

    /** The documents and a GDELT export of 5 rows, in one directory (so that every record names them alike). */
    private Path documents() throws Exception {
        Path d = Files.createDirectories(dir.resolve("docs"));
        for (Map.Entry<String, String> f : DOCUMENTS.entrySet()) {
            Files.writeString(d.resolve(f.getKey()), f.getValue());
        }
        List<String> rows = Files.readAllLines(Path.of(System.getProperty("saydo.shared", "../shared"),
                "data/gdelt/20161013151500.export.CSV")).subList(0, 5);
        Files.write(d.resolve("z.export.CSV"), rows);
        return d;
    }

    /** Ingests with the fake coder, labelling every document with one made-up narrative. */
    private static void ingest(String db, Path... paths) {
        IngestCommand command = new IngestCommand(budget -> new FakeCoder(), CameoTable.standard()).withNarratives(
                coded -> new StoredNarratives("fake-narratives-1", List.of(new StoredNarratives.Label("Border",
                        "Border", false)), List.of(new StoredNarratives.Claim("Border", "Border", 0, 0, 15,
                        coded.document().text().substring(0, 15), 0.75, null)), "fake-embedder",
                        List.of(new StoredNarratives.ClaimSentence(1, 16, 30, coded.document().text().substring(16,
                        30), StoredNarratives.Kind.OPINION, null, new float[] {0.25f, -1.5f, coded.document().text()
                        .length()}))));
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        List<String> args = new ArrayList<>(List.of("--db", db, "--threads", "1"));
        for (Path p : paths) {
            args.add(p.toString());
        }
        assertThat(cli.execute(args.toArray(String[]::new))).isZero();
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Saydo.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute(args)).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString();
    }

    @Test
    void theDocumentsTheTargetLacksAreAddedAndTheOthersCounted() throws Exception {
        String target = dir.resolve("target.duckdb").toString();
        String other = dir.resolve("other.duckdb").toString();
        String whole = dir.resolve("whole.duckdb").toString();
        Path docs = documents();
        ingest(target, docs.resolve("a.txt"), docs.resolve("b.txt"), docs.resolve("c.txt"));
        ingest(other, docs.resolve("c.txt"), docs.resolve("d.txt"), docs.resolve("e.txt"), docs.resolve("z.export.CSV"));
        ingest(whole, docs);

        assertThat(run("import", "--db", target, other)).isEqualTo("import: 3 documents (2 new, 1 unchanged, 0 "
                + "failed), 3 events, 0 quotes; GDELT: 5 rows (5 new, 0 unchanged, 0 failed) from " + other
                + " into " + target + "\n");
        Map<String, List<String>> expected = tables(whole);
        assertThat(expected.get("reports")).as("by hand: a+b's talks of 10-03, b+d's firing, c's promise, d's "
                + "talks of 10-06 (3 days after the first), e's denial; 5 GDELT rows").hasSize(2 + 2 + 1 + 1 + 1 + 5);
        assertThat(expected.get("event_keys")).hasSize(5 + 5);
        assertThat(expected.get("narrative_labels")).hasSize(5);
        assertThat(expected.get("claims")).as("claim sentences with their vectors").hasSize(5);
        Map<String, List<String>> actual = tables(target);
        for (String table : expected.keySet()) {
            assertThat(actual.get(table)).as(table).isEqualTo(expected.get(table));
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(run("events", "--db", target, "--format", "jsonl").replace(target, "DB"))
                .isEqualTo(run("events", "--db", whole, "--format", "jsonl").replace(whole, "DB"));

        assertThat(run("import", "--db", target, other)).as("a rerun adds nothing").startsWith("import: 3 "
                + "documents (0 new, 3 unchanged, 0 failed), 0 events, 0 quotes; GDELT: 5 rows (0 new, 5 unchanged, "
                + "0 failed)");
        assertThat(tables(target)).isEqualTo(expected);
    }

    /** Every table of a DuckDB record, rows as text in a fixed order, without the time of ingest. */
    static Map<String, List<String>> tables(String file) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        Properties readOnly = new Properties();
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
}
