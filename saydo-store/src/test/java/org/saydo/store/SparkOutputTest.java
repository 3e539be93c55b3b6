package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.doc.Document;
import org.saydo.record.CodedDocument;
import org.saydo.record.Event;

/**
 * {@link SparkOutput} on tables laid out as {@code saydo spark} writes them (Parquet under {@code table/month=M/},
 * written here by DuckDB, without Spark): documents in reading order with their events and quotes in the coder's
 * order, and a document whose rows do not make a coded document named and skipped alone.
 */
class SparkOutputTest {

    @TempDir
    Path dir;

    private static final String FIRST = "date 2019-03-02\\nThe envoys met in Minsk on Friday.";
    private static final String SECOND = "date 2019-03-09\\nTroops shelled the town on Saturday.";
    private static final String THIRD = "date 2019-03-10\\nA third report, whose id is wrong.";

    private void write(Connection c, String table, String month, String select) throws Exception {
        Path to = Files.createDirectories(dir.resolve(table).resolve("month=" + month)).resolve("part-0.parquet");
        try (Statement s = c.createStatement()) {
            s.execute("COPY (" + select + ") TO '" + to + "' (FORMAT PARQUET)");
        }
    }

    private static String document(String text, String file, int place) {
        String t = text.replace("\\n", "\n");
        return "SELECT '" + Document.idOf(t) + "' AS doc_id, 'file:" + file + "' AS doc, NULL::VARCHAR AS url, "
                + "NULL::VARCHAR AS outlet, DATE '2019-03-02' AS date, NULL::VARCHAR AS title, E'" + text
                + "' AS text, 2 AS sentences, 'saydo-0.1.0' AS pipeline, 1 AS format, 'file:" + file + "' AS file, "
                + place + " AS place";
    }

    private static String event(String text, String file, int n, String code, int start, int end) {
        String id = Document.idOf(text.replace("\\n", "\n"));
        String actor = "struct_pack(code := 'RUS', name := 'Russia', text := 'Troops')";
        return "SELECT 'event' AS kind, 'file:" + file + "' AS doc, '" + id + "' AS doc_id, 1 AS sentence, "
                + start + " AS start, " + end + " AS \"end\", 16 AS sentence_start, 60 AS sentence_end, "
                + "'a sentence' AS text, 'met' AS trigger, 30 AS trigger_start, 33 AS trigger_end, 'rule-1' AS rule, "
                + "'saydo-0.1.0' AS pipeline, 1 AS format, " + actor + " AS source, NULL::STRUCT(code VARCHAR, "
                + "name VARCHAR, text VARCHAR) AS target, '" + code + "' AS cameo, 'asserted' AS modality, "
                + "NULL::STRUCT(code VARCHAR, name VARCHAR, text VARCHAR) AS reported_by, DATE '2019-03-01' AS date, "
                + "'text' AS date_basis, 'Friday' AS date_text, struct_pack(verdict := 'keep', score := 0.9, "
                + "model := 'judge-1') AS judge, '" + id + ":" + n + "' AS event_id, '" + id + ":" + n
                + "' AS event_key";
    }

    private Path output(boolean withQuotes) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            // the second file sorts after the first: reading order is file, then place, whatever the months
            write(c, "documents", "2019-03", document(SECOND, "/c/b.txt", 0) + " UNION ALL "
                    + document(FIRST, "/c/a.txt", 0));
            write(c, "documents", "2019-04", document(THIRD, "/c/b.txt", 1).replace("SELECT '", "SELECT 'f00d"));
            write(c, "events", "2019-03", event(FIRST, "/c/a.txt", 1, "042", 20, 40) + " UNION ALL "
                    + event(FIRST, "/c/a.txt", 0, "040", 16, 40) + " UNION ALL "
                    + event(SECOND, "/c/b.txt", 0, "190", 40, 20));
            Files.createDirectories(dir.resolve("reports"));
            Files.createDirectories(dir.resolve("quotes"));
            if (!withQuotes) {
                Files.delete(dir.resolve("quotes"));
            }
        }
        return dir;
    }

    @Test
    void documentsComeInReadingOrderWithTheirEventsAndABadOneIsNamedAlone() throws Exception {
        List<SourceItem> items = new ArrayList<>();
        try (SparkOutput out = SparkOutput.open(output(true))) {
            out.read(items::add);
        }
        assertThat(items).hasSize(3);
        CodedDocument first = ((SourceItem.Coded) items.get(0)).coded();
        assertThat(first.document().source()).as("a local file is named by its path").isEqualTo("/c/a.txt");
        assertThat(first.document().text()).startsWith("date 2019-03-02\nThe envoys");
        assertThat(first.events()).extracting(Event::cameo).as("in the coder's order").containsExactly("040", "042");
        Event e = first.events().get(0);
        assertThat(e.provenance().doc()).isEqualTo("/c/a.txt");
        assertThat(e.provenance().start()).isEqualTo(16);
        assertThat(e.provenance().rule()).isEqualTo("rule-1");
        assertThat(e.source().code()).isEqualTo("RUS");
        assertThat(e.target()).isNull();
        assertThat(e.judge().model()).isEqualTo("judge-1");
        assertThat(first.quotes()).isEmpty();
        assertThat(((SourceItem.Bad) items.get(1)).message()).startsWith("/c/b.txt: not imported: a bad row in "
                + dir.resolve("events") + ": bad span: start=40, end=20");
        assertThat(((SourceItem.Bad) items.get(2)).message()).startsWith("/c/b.txt: not imported: its doc_id f00d");
    }

    @Test
    void aDirectoryWithoutTheTablesIsRefusedNamingTheTable() throws Exception {
        Path out = output(false);
        assertThatThrownBy(() -> SparkOutput.open(out)).isInstanceOf(StoreException.class).hasMessage(out
                + ": not the output of saydo spark: no table 'quotes' (no directory " + out.resolve("quotes") + ")");
    }
}
