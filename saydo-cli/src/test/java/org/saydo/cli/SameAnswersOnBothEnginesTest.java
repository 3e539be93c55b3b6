package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.http.RecordService;
import org.saydo.http.SaydoServer;
import org.saydo.store.CameoTable;
import org.saydo.store.FakeCoder;
import org.saydo.store.RecordStore;
import org.saydo.store.StoreBackend;
import org.saydo.store.StoreLocation;
import picocli.CommandLine;

/**
 * Everything that reads the record answers the same on DuckDB and on PostgreSQL: the same documents ingested into
 * both, then every reading command ({@code events}, the analyses, {@code export}) and the desk's API print the same
 * bytes. Skipped without a PostgreSQL server ({@link StoreBackend}).
 */
class SameAnswersOnBothEnginesTest {

    @TempDir
    Path dir;

    /**
     * Reports of spring 2024, written for this test: talks, strikes around them, a threat carried out, quotes. By
     * hand: 13 events told (4 + 2 + 1 + 3 + 3), of 12 real events (c.txt's shelling of 03-12 is b.txt's), 3 quotes.
     */
    private Path documents() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "date 2024-03-06\nOfficials in Moscow said talks with Kyiv could "
                + "resume. [RUSGOV 040 UKRGOV 2024-03-05] {RUSGOV says} The defence ministry said it would hit fuel "
                + "depots. [RUSMIL 190 UKR 2024-03-06 intent] Artillery hit a depot near the border. "
                + "[RUSMIL 190 UKR 2024-03-06] The offensive under way since Thursday goes on. "
                + "[RUSMIL 190 UKR 2024-03-07 background]");
        Files.writeString(docs.resolve("b.txt"), "date 2024-03-13\nThe foreign ministry threatened a response to "
                + "new sanctions. [RUSGOV 138 UKRGOV 2024-03-13] Shelling hit the city again. "
                + "[RUSMIL 190 UKR 2024-03-12] {UKRGOV says}");
        Files.writeString(docs.resolve("c.txt"), "date 2024-03-13\nA second paper on the shelling of the city. "
                + "[RUSMIL 190 UKR 2024-03-12]");
        Files.writeString(docs.resolve("d.txt"), "date 2024-03-20\nEnvoys of both sides met in a neutral capital. "
                + "[UKRGOV 040 RUSGOV 2024-03-19] Strikes went on the day after. [RUSMIL 190 UKRMIL 2024-03-20] "
                + "Kyiv promised to keep talking. [UKRGOV 057 RUSGOV 2024-03-20 intent] {UKRGOV says}");
        Files.writeString(docs.resolve("e.txt"), "date 2024-04-02\nThe ministry demanded a withdrawal. "
                + "[RUSGOV 100 UKRGOV 2024-04-01] Drones hit a port. [RUSMIL 190 UKR 2024-04-02] "
                + "Talks were held again. [RUSGOV 040 UKRGOV 2024-04-02]");
        return docs;
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Saydo.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString();
    }

    /** What the reading commands and the desk print for the record at {@code db}, exports into {@code out}. */
    private List<String> answers(StoreLocation db, Path out) throws Exception {
        String d = db.file();
        String name = db.toString();
        List<String> answers = new ArrayList<>();
        answers.add(run("events", "--db", d, "--format", "jsonl"));
        answers.add(run("events", "--db", d, "--actor", "RUS", "--target", "UKR", "--format", "csv"));
        answers.add(run("events", "--db", d, "--cameo", "04", "--from", "2024-03-10", "--to", "2024-04-30"));
        for (String by : List.of("day", "week", "month")) {
            answers.add(run("gap", "--db", d, "--actor", "RUS", "--by", by, "--format", "json", "--evidence"));
        }
        answers.add(run("gap", "--db", d, "--actor", "RUS", "--target", "UKR", "--min-sources", "2", "--format", "csv"));
        answers.add(run("around", "--db", d, "--talks", "RUS,UKR", "--actor", "RUS", "--window", "3d", "--format",
                "json"));
        answers.add(run("ledger", "--db", d, "--actor", "RUS", "--horizon", "30d", "--format", "json"));
        answers.add(run("ledger", "--db", d, "--actor", "UKR", "--format", "csv"));
        answers.add(run("profile", "--db", d, "--actor", "RUSGOV"));
        for (String format : List.of("jsonl", "csv", "gdelt")) {
            Path file = Files.createDirectories(out).resolve("export." + format);
            run("export", "--db", d, "--format", format, file.toString());
            answers.add(Files.readString(file));
        }
        try (RecordStore store = RecordStore.open(db, CameoTable.standard());
                RecordService service = RecordService.over(store, FakeCoder::new)) {
            SaydoServer server = SaydoServer.start(service, SaydoServer.Options.local(0));
            try {
                HttpClient client = HttpClient.newHttpClient();
                for (String path : List.of("/api/events?limit=3", "/api/events?actor=RUS&order=desc",
                        "/api/actors/RUS/gap", "/api/actors/RUS/weekly", "/api/search?q=shelling", "/healthz")) {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
                    answers.add(path + " " + r.body());
                }
            } finally {
                server.stop();
            }
        }
        return answers.stream().map(a -> a.replace(name, "DB")).toList();
    }

    @Test
    void importMovesARecordToPostgresAndBackAndTheCopiesAnswerAsTheOriginal() throws Exception {
        StoreLocation pg = StoreBackend.POSTGRESQL.fresh(dir);
        StoreLocation duck = StoreBackend.DUCKDB.fresh(dir);
        StoreLocation back = StoreBackend.DUCKDB.fresh(dir);
        CommandLine ingest = new CommandLine(new IngestCommand(budget -> new FakeCoder(), CameoTable.standard()));
        ingest.setOut(new PrintWriter(new StringWriter()));
        assertThat(ingest.execute("--db", duck.file(), documents().toString())).isZero();
        assertThat(run("import", "--db", pg.file(), duck.file()))
                .isEqualTo("import: 5 documents, 12 events (13 reports), 3 quotes from " + duck + " into " + pg + "\n");
        assertThat(run("import", "--db", back.file(), pg.file())).startsWith("import: 5 documents, 12 events (13 reports), 3 quotes from ");
        List<String> original = answers(duck, dir.resolve("duck"));
        assertThat(answers(pg, dir.resolve("pg"))).isEqualTo(original);
        assertThat(answers(back, dir.resolve("back"))).isEqualTo(original);

        StringWriter err = new StringWriter();
        CommandLine cli = Saydo.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(run("import", "--db", pg.file(), duck.file())).as("into a record that holds them all already")
                .startsWith("import: 5 documents (0 new, 5 unchanged, 0 failed), 0 events, 0 quotes from ");
        assertThat(answers(pg, dir.resolve("pg2"))).isEqualTo(original);
        assertThat(cli.execute("import", "--db", duck.file(), duck.file())).isEqualTo(2);
    }

    @Test
    void everyReadingCommandAndTheDeskAnswerTheSameOnDuckDbAndPostgres() throws Exception {
        StoreLocation pg = StoreBackend.POSTGRESQL.fresh(dir);
        StoreLocation duck = StoreBackend.DUCKDB.fresh(dir);
        Path docs = documents();
        for (StoreLocation db : List.of(duck, pg)) {
            CommandLine ingest = new CommandLine(new IngestCommand(budget -> new FakeCoder(), CameoTable.standard()));
            ingest.setOut(new PrintWriter(new StringWriter()));
            assertThat(ingest.execute("--db", db.file(), docs.toString())).isZero();
        }
        List<String> onDuck = answers(duck, dir.resolve("duck"));
        List<String> onPostgres = answers(pg, dir.resolve("pg"));
        assertThat(onDuck.get(0)).contains("\"cameo\":\"190\"").contains("\"cameo\":\"040\"");
        for (int i = 0; i < onDuck.size(); i++) {
            assertThat(onPostgres.get(i)).as("answer " + i).isEqualTo(onDuck.get(i));
        }
    }
}
