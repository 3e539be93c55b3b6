package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saydo.store.CameoTable;
import org.saydo.store.FakeCoder;
import org.saydo.store.RecordStore;
import picocli.CommandLine;

class AnalysisCommandsTest {

    @TempDir
    Path dir;

    StringWriter out;
    StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = Saydo.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String emptyStore() {
        Path db = dir.resolve("empty.duckdb");
        RecordStore.open(db.toString(), CameoTable.NONE).close();
        return db.toString();
    }

    /** Talks RUS-USA on 12-02 (three reports of one meeting), a RUS strike on UKR on 12-03, through the store API. */
    private String record() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), StoreCommandsTest.TASS);
        Files.writeString(docs.resolve("b.txt"), StoreCommandsTest.REUTERS);
        Files.writeString(docs.resolve("c.txt"), StoreCommandsTest.STRIKE);
        Path db = dir.resolve("record.duckdb");
        CommandLine cl = new CommandLine(new IngestCommand(budget -> new FakeCoder(), CameoTable.standard()));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("--db", db.toString(), docs.toString())).isZero();
        return db.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gap", "ledger", "profile"})
    void actorMissingIsUsageError(String command) {
        assertThat(run(command, "--db", emptyStore())).isEqualTo(2);
        assertThat(err.toString()).contains("--actor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gap", "ledger"})
    void badDateIsUsageErrorNamingTheOption(String command) {
        assertThat(run(command, "--db", emptyStore(), "--actor", "RUS", "--from", "2025-13-01")).isEqualTo(2);
        assertThat(err.toString()).contains("--from").contains("2025-13-01");
        assertThat(run(command, "--db", emptyStore(), "--actor", "RUS", "--to", "yesterday")).isEqualTo(2);
        assertThat(err.toString()).contains("--to").contains("yesterday");
    }

    @Test
    void otherUsageErrors() {
        String db = emptyStore();
        assertThat(run("around", "--db", db, "--talks", "RUS")).isEqualTo(2);
        assertThat(err.toString()).contains("--talks");
        assertThat(run("around", "--db", db, "--talks", "RUS,USA", "--window", "three")).isEqualTo(2);
        assertThat(err.toString()).contains("--window");
        assertThat(run("around", "--db", db, "--talks", "RUS,USA", "--from", "2025-12-10", "--to", "2025-12-01"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--from");
        assertThat(run("ledger", "--db", db, "--actor", "RUS", "--status", "done")).isEqualTo(2);
        assertThat(err.toString()).contains("--status").contains("done");
        assertThat(run("gap", "--db", db, "--actor", "RUS", "--by", "year")).isEqualTo(2);
        assertThat(err.toString()).contains("--by");
        assertThat(run("gap", "--db", db, "--actor", "RUS", "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("--format");
        assertThat(run("gap", "--db", db, "--actor", "RUS", "--plot", dir.resolve("x.gif").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--plot");
    }

    @Test
    void missingStoreIsFailure() {
        assertThat(run("gap", "--db", dir.resolve("none.duckdb").toString(), "--actor", "RUS")).isEqualTo(1);
        assertThat(err.toString()).contains("none.duckdb").contains("no such store");
    }

    @Test
    void emptyRecordGivesClearOutputForEachCommand() {
        String db = emptyStore();
        assertThat(run("gap", "--db", db, "--actor", "RUS")).isZero();
        assertThat(out.toString()).contains("no words or deeds of RUS");
        assertThat(run("around", "--db", db, "--talks", "RUS,USA")).isZero();
        assertThat(out.toString()).contains("empty record").contains("no diplomatic events");
        assertThat(run("ledger", "--db", db, "--actor", "RUS")).isZero();
        assertThat(out.toString()).contains("no commitments");
        assertThat(run("profile", "--db", db, "--actor", "RUS", "--html", dir.resolve("p.html").toString())).isZero();
        assertThat(out.toString()).contains("Profile of RUS");
    }

    @Test
    void gapAsJsonCsvAndCharts() throws IOException {
        String db = record();
        Path svg = dir.resolve("gap.svg");
        Path png = dir.resolve("gap.png");
        assertThat(run("gap", "--db", db, "--actor", "RUS", "--by", "day", "--format", "json", "--plot", svg.toString()))
                .as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        // the strike of 12-03 is one deed of -10
        assertThat(json.get("total").get("deeds").asInt()).isEqualTo(1);
        assertThat(json.get("total").get("deeds_goldstein").asDouble()).isEqualTo(-10.0);
        assertThat(json.get("periods").isArray()).isTrue();
        assertThat(Files.readString(svg)).startsWith("<svg").contains("deeds: mean Goldstein");
        assertThat(run("gap", "--db", db, "--actor", "RUS", "--format", "csv", "--plot", png.toString())).isZero();
        assertThat(out.toString()).startsWith("period,verbal_cooperation,verbal_conflict,words,words_goldstein");
        byte[] head = Files.readAllBytes(png);
        assertThat(head[1]).isEqualTo((byte) 'P');
        assertThat(head[2]).isEqualTo((byte) 'N');
    }

    @Test
    void aroundLedgerProfileOnASmallRecord() throws IOException {
        String db = record();
        assertThat(run("around", "--db", db, "--talks", "RUS,USA", "--window", "1d", "--evidence")).as(err.toString())
                .isZero();
        // one talk day (the three reports of the meeting are one event), and the strike the day after it
        assertThat(out.toString()).contains("inside windows: 1 deeds");
        assertThat(out.toString()).contains("RUSMIL->UKR 190 asserted");
        assertThat(run("ledger", "--db", db, "--actor", "RUS", "--format", "csv")).isZero();
        assertThat(out.toString()).startsWith("event_key,date,cameo");
        Path html = dir.resolve("rus.html");
        assertThat(run("profile", "--db", db, "--actor", "RUS", "--html", html.toString())).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("<svg").doesNotContain("<script").doesNotContain("http://cdn");
    }
}
