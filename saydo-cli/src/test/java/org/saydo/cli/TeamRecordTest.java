package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.store.CameoTable;
import org.saydo.store.EventQuery;
import org.saydo.store.FakeCoder;
import org.saydo.store.RecordReader;
import org.saydo.store.RecordStore;
import org.saydo.store.StoreBackend;
import org.saydo.store.StoreLocation;
import org.saydo.store.StoredEvent;
import picocli.CommandLine;

/**
 * A team's record on PostgreSQL: two {@code saydo ingest} processes and a {@code saydo serve} taking
 * {@code POST /api/documents} write one record at once, with overlapping documents, and nothing is lost, nothing is
 * stored twice, and every report of one event joins that event whoever wrote it. Skipped without a PostgreSQL
 * server ({@link StoreBackend}).
 */
class TeamRecordTest {

    @TempDir
    Path dir;

    /** Stories told by the documents: each a distinct dyad, so that each is one event. */
    private static final int STORIES = 12;

    /** Document {@code i}: its own words, telling story {@code i % STORIES}. */
    private static String document(int i) {
        String source = "S" + (char) ('A' + i % STORIES / 26) + (char) ('A' + i % STORIES % 26);
        return "Report number " + i + " of a correspondent, filed from the front line at dawn. [" + source
                + " 190 UKR 2025-11-20] {" + source + " says}\n";
    }

    private Path documents(String name, int from, int to) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        for (int i = from; i < to; i++) {
            Files.writeString(d.resolve(String.format("doc-%03d.txt", i)), document(i), StandardCharsets.UTF_8);
        }
        return d;
    }

    @Test
    void twoIngestsAndTheDeskWriteOneRecordAtOnceWithoutLossOrDuplicates() throws Exception {
        StoreLocation db = StoreBackend.POSTGRESQL.fresh(dir);
        // 0..59 by one ingest, 40..99 by the other (40..59 twice), 90..119 posted to the desk (90..99 again)
        Path a = documents("a", 0, 60);
        Path b = documents("b", 40, 100);
        int distinct = 120;

        ServeCommand serve = new ServeCommand(FakeCoder::new, CameoTable.NONE);
        CommandLine cl = new CommandLine(serve);
        StringWriter serveErr = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(serveErr, true));
        Path token = dir.resolve("token");
        Files.writeString(token, "s3cret\n");
        CompletableFuture<Integer> served = CompletableFuture.supplyAsync(() -> cl.execute("--db", db.file(),
                "--port", "0", "--token-file", token.toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (serve.port() <= 0 && System.nanoTime() < deadline && !served.isDone()) {
            Thread.sleep(50);
        }
        assertThat(serve.port()).as(serveErr.toString()).isPositive();

        Process first = ingest(db, a, "a");
        Process second = ingest(db, b, "b");
        HttpClient client = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 90; i < 120; i++) {
            String body = "{\"text\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(document(i))
                    + "}";
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serve.port()
                    + "/api/documents")).header("Authorization", "Bearer s3cret")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
            statuses.add(r.statusCode());
        }
        assertThat(first.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String outA = Files.readString(dir.resolve("a.out"));
        String outB = Files.readString(dir.resolve("b.out"));
        assertThat(first.exitValue()).as(outA + Files.readString(dir.resolve("a.err"))).isZero();
        assertThat(second.exitValue()).as(outB + Files.readString(dir.resolve("b.err"))).isZero();
        serve.stop();
        assertThat(served.get(60, TimeUnit.SECONDS)).as(serveErr.toString()).isZero();

        // what each writer says it added sums to the distinct documents: none was added twice
        int added = newOf(outA) + newOf(outB) + (int) statuses.stream().filter(s -> s == 201).count();
        assertThat(added).isEqualTo(distinct);
        try (RecordStore record = RecordStore.open(db, CameoTable.NONE)) {
            assertThat(record.counts()).isEqualTo(new RecordStore.Counts(distinct, STORIES, distinct, distinct));
        }
        try (RecordReader reader = RecordReader.open(db)) {
            List<StoredEvent> events = reader.events(EventQuery.all());
            Map<String, Integer> reports = new TreeMap<>();
            events.forEach(e -> reports.put(e.source().code(), e.reports()));
            assertThat(reports).hasSize(STORIES).allSatisfy((story, n) -> assertThat(n).as(story)
                    .isEqualTo(distinct / STORIES));
        }
    }

    /** The documents an ingest's summary says it added ({@code ingest: N documents (M new, ...}). */
    private static int newOf(String out) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((\\d+) new").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private Process ingest(StoreLocation db, Path docs, String name) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), FakeIngestChild.class.getName(), "--db", db.file(),
                "--threads", "2", docs.toString());
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile()).start();
        p.getOutputStream().close();
        return p;
    }
}
