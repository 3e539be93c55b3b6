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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.store.CameoTable;
import org.saydo.store.FakeCoder;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path dir;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    private CommandLine line(ServeCommand command) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl;
    }

    @Test
    void bindingBeyondLoopbackWithoutATokenFileIsRefused() {
        int code = line(new ServeCommand(FakeCoder::new, CameoTable.NONE)).execute("--db",
                dir.resolve("r.duckdb").toString(), "--bind", "0.0.0.0", "--port", "0");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("binding to 0.0.0.0 (not loopback) requires --token-file");
        assertThat(Files.exists(dir.resolve("r.duckdb"))).as("refused before opening the store").isFalse();
    }

    @Test
    void aMissingOrEmptyTokenFileIsRefused() throws Exception {
        int missing = line(new ServeCommand(FakeCoder::new, CameoTable.NONE)).execute("--db",
                dir.resolve("r.duckdb").toString(), "--token-file", dir.resolve("nope").toString());
        assertThat(missing).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read the token file");
        Files.writeString(dir.resolve("empty"), "  \n");
        int empty = line(new ServeCommand(FakeCoder::new, CameoTable.NONE)).execute("--db",
                dir.resolve("r.duckdb").toString(), "--token-file", dir.resolve("empty").toString());
        assertThat(empty).isEqualTo(2);
        assertThat(err.toString()).contains("the token file is empty");
    }

    @Test
    void badPortIsBadUsage() {
        int code = line(new ServeCommand(FakeCoder::new, CameoTable.NONE)).execute("--port", "70000");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--port must be 0 to 65535");
    }

    @Test
    void servesUntilStoppedThenExitsZero() throws Exception {
        Path token = dir.resolve("token");
        Files.writeString(token, "s3cret\n");
        ServeCommand command = new ServeCommand(FakeCoder::new, CameoTable.NONE);
        CommandLine cl = line(command);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute("--db",
                dir.resolve("r.duckdb").toString(), "--port", "0", "--token-file", token.toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (command.port() <= 0 && System.nanoTime() < deadline && !exit.isDone()) {
            Thread.sleep(50);
        }
        assertThat(command.port()).as(err.toString()).isPositive();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + command.port() + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + command.port() + "/api/documents")).header("Authorization", "Bearer s3cret")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Envoys met. [USAGOV 040 RUSGOV 2025-12-02]\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as(post.body()).isEqualTo(201);
        HttpResponse<String> gap = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + command.port() + "/api/actors/USA/gap?by=day")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(gap.statusCode()).isEqualTo(200);
        command.stop();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        // one service layer: the API's figures are saydo gap's, the same JSON document (sent without indentation)
        StringWriter gapOut = new StringWriter();
        CommandLine gapLine = new CommandLine(new GapCommand());
        gapLine.setOut(new PrintWriter(gapOut, true));
        assertThat(gapLine.execute("--db", dir.resolve("r.duckdb").toString(), "--actor", "USA", "--by", "day",
                "--format", "json")).isZero();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(json.readTree(gap.body())).isEqualTo(json.readTree(gapOut.toString()));
        assertThat(gap.body()).contains("\"words\":1");
        assertThat(gapOut.toString()).contains("\"words\" : 1");
        assertThat(out.toString()).contains("saydo: serving").contains("writes need the bearer token");
        assertThat(err.toString()).contains("GET /healthz 200").contains("POST /api/documents 201");
    }

    /**
     * Serves a new record with the labeller of {@link NarrativesQueryTest#label} (a text holding #victim carries
     * its sub-narrative, each quote a claim), posts one such document and one without, and returns
     * {@code /api/narratives}.
     */
    private com.fasterxml.jackson.databind.JsonNode postTwoAndAskNarratives(String db, String... options)
            throws Exception {
        Path token = dir.resolve("token");
        Files.writeString(token, "s3cret\n");
        ServeCommand command = new ServeCommand(FakeCoder::new, CameoTable.NONE)
                .withNarratives(NarrativesQueryTest::label);
        CommandLine cl = line(command);
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--db", db, "--port", "0",
                "--token-file", token.toString()), java.util.Arrays.stream(options)).toArray(String[]::new);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute(args));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (command.port() <= 0 && System.nanoTime() < deadline && !exit.isDone()) {
            Thread.sleep(50);
        }
        assertThat(command.port()).as(err.toString()).isPositive();
        HttpClient client = HttpClient.newHttpClient();
        for (String body : new String[] {
            "{\"text\": \"A minister spoke in Moscow. #victim {RUSGOV says}\", \"date\": \"2024-04-01\"}",
            "{\"text\": \"The river flooded a village. {UKRGOV says}\", \"date\": \"2024-04-02\"}"}) {
            HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + command.port() + "/api/documents")).header("Authorization", "Bearer s3cret")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).as(post.body()).isEqualTo(201);
        }
        HttpResponse<String> narratives = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + command.port() + "/api/narratives")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(narratives.statusCode()).as(narratives.body()).isEqualTo(200);
        command.stop();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(narratives.body());
    }

    @Test
    void postedDocumentsAreLabelledWithTheirNarrativesAsIngestedOnesAre() throws Exception {
        String db = dir.resolve("n.duckdb").toString();
        com.fasterxml.jackson.databind.JsonNode n = postTwoAndAskNarratives(db);
        // both posted documents labelled (the second one "Other"); the first carries the narrative and its
        // sub-narrative, with its one quote as the claim
        assertThat(n.get("labelled").asLong()).isEqualTo(2);
        assertThat(n.get("labels")).hasSize(2);
        assertThat(n.get("labels").get(0).get("label").asText()).isEqualTo(NarrativesQueryTest.NARRATIVE);
        assertThat(n.get("labels").get(0).get("documents").asLong()).isEqualTo(1);
        assertThat(n.get("labels").get(1).get("label").asText()).isEqualTo(NarrativesQueryTest.SUB);
        assertThat(n.get("labels").get(1).get("claims").asLong()).isEqualTo(1);
        assertThat(n.get("labels").get(1).get("first_seen").asText()).isEqualTo("2024-04-01");
        // the record, read by the command line afterwards, says the same
        StringWriter o = new StringWriter();
        CommandLine narratives = Saydo.commandLine();
        narratives.setOut(new PrintWriter(o, true));
        narratives.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(narratives.execute("narratives", "--db", db)).isZero();
        assertThat(o.toString()).startsWith("narratives: 2 labelled documents in the record\n")
                .contains("        1      1 2024-04-01 2024-04-01   " + NarrativesQueryTest.SUB + "\n");
    }

    @Test
    void noNarrativesServesWithoutLabelling() throws Exception {
        com.fasterxml.jackson.databind.JsonNode n = postTwoAndAskNarratives(dir.resolve("plain.duckdb").toString(),
                "--no-narratives");
        assertThat(n.get("labelled").asLong()).isZero();
        assertThat(n.get("labels")).isEmpty();
    }
}
