package org.saydo.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.store.FakeCoder;
import org.saydo.store.RecordStore;

/** Stopping the server lets a request in flight finish, then refuses new connections. */
class ShutdownTest {

    @TempDir
    Path dir;

    @Test
    void stopFinishesTheRequestInFlight() throws Exception {
        try (RecordStore store = TestRecord.create(dir);
                RecordService service = RecordService.over(store, () -> new FakeCoder(1500))) {
            SaydoServer server = SaydoServer.start(service, SaydoServer.Options.local(0).withToken("tok")
                    .withLog(s -> { }));
            HttpClient client = HttpClient.newHttpClient();
            int port = server.port();
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/documents");
            CompletableFuture<HttpResponse<String>> slow = client.sendAsync(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer tok").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"text\": \"A slow report arrived. [UKR 040 USA 2025-12-07]\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500); // the fake coder now sleeps inside the request
            long t0 = System.nanoTime();
            server.stop();
            long stoppedAfterMs = (System.nanoTime() - t0) / 1_000_000;
            HttpResponse<String> r = slow.get();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            assertThat(stoppedAfterMs).isGreaterThanOrEqualTo(500);
            assertThat(store.contains(org.saydo.doc.Document.idOf("A slow report arrived. [UKR 040 USA 2025-12-07]")))
                    .isTrue();
            try {
                client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                org.junit.jupiter.api.Assertions.fail("the stopped server answered");
            } catch (ConnectException expected) {
                // refused: nobody listens any more
            }
        }
    }
}
