package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.store.CameoTable;
import org.saydo.store.FakeCoder;
import org.saydo.store.RecordStore;
import picocli.CommandLine;

/**
 * One writer per record, for the life of the process that holds it: with {@code saydo serve} running, an
 * {@code ingest} or a second {@code serve} in another process on the same file is refused with a message that
 * says why, and nothing the server stored is lost. (Before the fix, the server's own header check opened and
 * closed a plain stream on the file, which on Linux drops the process's lock: the other ingest then printed
 * "2 new", exited 0, and its documents were gone once the server stopped.)
 */
class StoreLockTest {

    @TempDir
    Path dir;

    @Test
    void aRunningServerKeepsOtherProcessesFromWritingItsRecord() throws Exception {
        Path db = dir.resolve("r.duckdb");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "Envoys met in Geneva on Sunday. [USAGOV 040 UKRGOV 2025-11-23]\n");
        Files.writeString(docs.resolve("b.txt"), "Drones struck Kyiv. [RUSMIL 190 UKR 2025-11-25]\n");

        Path token = dir.resolve("token");
        Files.writeString(token, "s3cret\n");
        ServeCommand serve = new ServeCommand(FakeCoder::new, CameoTable.NONE);
        CommandLine cl = new CommandLine(serve);
        StringWriter serveErr = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(serveErr, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute("--db", db.toString(),
                "--port", "0", "--token-file", token.toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (serve.port() <= 0 && System.nanoTime() < deadline && !exit.isDone()) {
            Thread.sleep(50);
        }
        assertThat(serve.port()).as(serveErr.toString()).isPositive();
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + serve.port();
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                .header("Authorization", "Bearer s3cret").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"text\": \"Envoys met. [USAGOV 040 RUSGOV 2025-12-02]\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as(post.body()).isEqualTo(201);
        // the analyses' readers are open beside the writer; asking for one must not drop the lock either
        assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "/api/actors/USA/gap?by=day")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        Child ingest = run("ingest", "--db", db.toString(), docs.toString());
        assertThat(ingest.code).as(ingest.err).isEqualTo(1);
        assertThat(ingest.err).contains(db + ": in use by another process (PID ")
                .contains("POST /api/documents");
        assertThat(ingest.out).doesNotContain("new");

        Child second = run("serve", "--db", db.toString(), "--port", "0");
        assertThat(second.code).as(second.err).isNotZero();
        assertThat(second.err).contains("in use by another process");

        serve.stop();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        try (RecordStore record = RecordStore.open(db.toString(), CameoTable.NONE)) {
            assertThat(record.counts().documents()).as("the POSTed document, and only it").isEqualTo(1);
        }
        try (org.saydo.store.RecordReader reader = org.saydo.store.RecordReader.open(
                new org.saydo.store.StoreLocation(db.toString()))) {
            assertThat(reader.events(org.saydo.store.EventQuery.all())).extracting(e -> e.target().code())
                    .containsExactly("RUSGOV");
        }
    }

    private record Child(int code, String out, String err) {
    }

    /** Runs {@code saydo ARGS} in another JVM, as a user's second terminal would. */
    private Child run(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Saydo.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        child.getOutputStream().close();
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("saydo " + String.join(" ", args) + " did not finish: "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Child(child.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
