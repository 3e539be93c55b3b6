package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import picocli.CommandLine;

/**
 * {@code saydo gap --format json}, {@code /api/actors/X/gap} and the dashboard's weekly series
 * ({@code /api/actors/X/weekly}) count the same words and deeds on one record — stated intents and quotes as words,
 * background references as neither — because all three read the store's one reader and its one rule.
 */
class WordsAndDeedsAgreeTest {

    @TempDir
    Path dir;

    /**
     * Three reports of March 2024 (week of 03-04 and week of 03-11), written for this test. By hand, for RUS:
     * <ul>
     *   <li>week 2024-03-04: words 040 talks (+1.0, QuadClass 1), the RUSGOV quote (010, 0.0, QuadClass 1), the
     *       announced strike 190 intent (-10.0, QuadClass 3): 3 words, mean -3.0; the depot strike 190 asserted
     *       (-10.0): 1 deed (QuadClass 4); the offensive mentioned as background: neither;</li>
     *   <li>week 2024-03-11: the threat 138 (-7.0, QuadClass 3): 1 word; the shelling 190, told by two reports: one
     *       deed (-10.0);</li>
     *   <li>all: 4 words (Q1 2, Q3 2), mean (1 + 0 - 10 - 7) / 4 = -4.0; 2 deeds, mean -10.0; gap 6.0.</li>
     * </ul>
     */
    private Path record() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "date 2024-03-06\nOfficials in Moscow said talks with Kyiv could "
                + "resume. [RUSGOV 040 UKRGOV 2024-03-05] {RUSGOV says} The defence ministry said it would hit fuel "
                + "depots. [RUSMIL 190 UKR 2024-03-06 intent] Artillery hit a depot near the border. "
                + "[RUSMIL 190 UKR 2024-03-06] The offensive under way since Thursday goes on. "
                + "[RUSMIL 190 UKR 2024-03-07 background]");
        Files.writeString(docs.resolve("b.txt"), "date 2024-03-13\nThe foreign ministry threatened a response to "
                + "new sanctions. [RUSGOV 138 UKRGOV 2024-03-13] Shelling hit the city again. "
                + "[RUSMIL 190 UKR 2024-03-12]");
        Files.writeString(docs.resolve("c.txt"), "date 2024-03-13\nA second paper on the shelling of the city. "
                + "[RUSMIL 190 UKR 2024-03-12]");
        Path db = dir.resolve("record.duckdb");
        CommandLine ingest = new CommandLine(new IngestCommand(budget -> new FakeCoder(), CameoTable.standard()));
        ingest.setOut(new PrintWriter(new StringWriter()));
        assertThat(ingest.execute("--db", db.toString(), docs.toString())).isZero();
        return db;
    }

    @Test
    void cliGapApiGapAndTheDashboardsWeeklySeriesAgree() throws Exception {
        Path db = record();
        StringWriter out = new StringWriter();
        CommandLine cli = Saydo.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute("gap", "--db", db.toString(), "--actor", "RUS", "--format", "json")).isZero();
        String cliJson = out.toString().strip();
        JsonNode gap = new ObjectMapper().readTree(cliJson);

        List<String> expectedWeeks = List.of("2024-03-04 3 -3.0 1 -10.0", "2024-03-11 1 -7.0 1 -10.0");
        List<String> cliWeeks = new ArrayList<>();
        for (JsonNode p : gap.get("periods")) {
            cliWeeks.add(p.get("period").asText() + " " + p.get("words").asLong() + " "
                    + p.get("words_goldstein").asDouble() + " " + p.get("deeds").asLong() + " "
                    + p.get("deeds_goldstein").asDouble());
        }
        assertThat(cliWeeks).isEqualTo(expectedWeeks);
        JsonNode total = gap.get("total");
        assertThat(total.get("verbal_cooperation").asLong()).isEqualTo(2);
        assertThat(total.get("verbal_conflict").asLong()).isEqualTo(2);
        assertThat(total.get("words").asLong()).isEqualTo(4);
        assertThat(total.get("words_goldstein").asDouble()).isEqualTo(-4.0);
        assertThat(total.get("material_conflict").asLong()).isEqualTo(2);
        assertThat(total.get("deeds").asLong()).isEqualTo(2);
        assertThat(total.get("gap").asDouble()).isEqualTo(6.0);

        try (RecordStore store = RecordStore.open(db.toString(), CameoTable.standard());
                RecordService service = RecordService.over(store, FakeCoder::new);
                Server server = new Server(SaydoServer.start(service, SaydoServer.Options.local(0)))) {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.server().port();
            HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create(base + "/api/actors/RUS/gap"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(200);
            // the same JSON document (the API sends it without the CLI's indentation)
            assertThat(new ObjectMapper().readTree(api.body())).isEqualTo(new ObjectMapper().readTree(cliJson));

            HttpResponse<String> weekly = client.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/actors/RUS/weekly")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(weekly.statusCode()).isEqualTo(200);
            List<String> dashboardWeeks = new ArrayList<>();
            for (JsonNode w : new ObjectMapper().readTree(weekly.body()).get("items")) {
                dashboardWeeks.add(w.get("week").asText() + " " + w.get("verbal_events").asLong() + " "
                        + w.get("verbal_mean_goldstein").asDouble() + " " + w.get("material_events").asLong() + " "
                        + w.get("material_mean_goldstein").asDouble());
            }
            assertThat(dashboardWeeks).isEqualTo(expectedWeeks);
        }
    }

    /** Stops the server when the test ends, before the service and the store close. */
    private record Server(SaydoServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.stop();
        }
    }
}
