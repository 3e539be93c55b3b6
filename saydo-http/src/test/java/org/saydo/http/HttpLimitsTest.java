package org.saydo.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.record.Coder;
import org.saydo.store.FakeCoder;

/**
 * The server's limits, with a real server: a bounded write queue (503 and Retry-After), no server path as the
 * source of a posted document, repeated parameters refused, bad values quoted short, and Jetty's own rejections
 * in the request log.
 */
class HttpLimitsTest {

    static final String TOKEN = "t0ken-for-limits";
    static final ObjectMapper JSON = TestServer.JSON;
    static final HttpClient CLIENT = TestServer.CLIENT;

    @TempDir
    static Path dir;

    static TestServer http;

    /** Counted down when the coder has a document marked [WAIT]; it then waits for {@link #release}. */
    static volatile CountDownLatch entered = new CountDownLatch(1);
    static volatile CountDownLatch release = new CountDownLatch(1);

    @BeforeAll
    static void start() throws IOException {
        FakeCoder fake = new FakeCoder();
        Coder waiting = d -> {
            if (d.text().contains("[WAIT]")) {
                entered.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return fake.code(d);
        };
        // no write may wait: one being coded is the whole queue
        http = TestServer.start(dir, () -> waiting, o -> o.withToken(TOKEN).withWriteQueue(0));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.get(pathAndQuery, "application/json");
    }

    static HttpRequest post(String body) {
        return http.post("/api/documents", body, "Bearer " + TOKEN);
    }

    static String document(String text) throws IOException {
        return JSON.writeValueAsString(Map.of("text", text, "date", "2025-12-06"));
    }

    @Test
    void aPostedDocumentWithoutAUrlIsNamedByItsIdNotByAServerPath() throws Exception {
        String text = "Envoys met again in Istanbul for a third round of talks. [USAGOV 040 RUSGOV 2025-12-06]";
        HttpResponse<String> r = CLIENT.send(post(document(text)), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = JSON.readTree(r.body()).get("id").asText();

        HttpResponse<String> doc = get("/api/documents/" + id);
        assertThat(JSON.readTree(doc.body()).get("source").asText()).isEqualTo("post:" + id);
        assertThat(doc.body()).doesNotContain(System.getProperty("java.io.tmpdir")).doesNotContain("saydo-post");
    }

    @Test
    void aPostBeyondTheWriteQueueIs503WithRetryAfterAndTheQueuedOneStillLands() throws Exception {
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
        String slow = "Talks were held in Doha late into the night. [USAGOV 040 QATGOV 2025-12-06] [WAIT]";
        CompletableFuture<HttpResponse<String>> first = CLIENT.sendAsync(post(document(slow)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(20, TimeUnit.SECONDS)).as("the first post reached the coder").isTrue();

        HttpResponse<String> refused = CLIENT.send(post(document("Officials met in Cairo. "
                + "[EGYGOV 040 USAGOV 2025-12-06]")), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(JSON.readTree(refused.body()).get("error").asText()).contains("retry in 5 s");
        // reads are not held up by the write in progress
        assertThat(get("/healthz").statusCode()).isEqualTo(200);

        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        HttpResponse<String> again = CLIENT.send(post(document("Officials met in Cairo. "
                + "[EGYGOV 040 USAGOV 2025-12-06]")), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    }

    @Test
    void aRepeatedQueryParameterIs400NamingIt() throws Exception {
        HttpResponse<String> r = get("/api/events?actor=RUS&actor=UKR");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode b = JSON.readTree(r.body());
        assertThat(b.get("parameter").asText()).isEqualTo("actor");
        assertThat(b.get("error").asText()).isEqualTo("parameter 'actor': given 2 times; give it once");
        HttpResponse<String> gap = get("/api/actors/RUS/gap?by=week&by=month&by=day");
        assertThat(gap.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(gap.body()).get("error").asText()).isEqualTo("parameter 'by': given 3 times; give "
                + "it once");
        assertThat(get("/api/events?actor=RUS&target=UKR").statusCode()).isEqualTo(200);
    }

    @Test
    void aLongBadValueIsQuotedByItsFirst60Characters() throws Exception {
        String value = "x".repeat(7000);
        HttpResponse<String> date = get("/api/events?from=" + value);
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(date.body()).get("error").asText()).isEqualTo("parameter 'from': cannot read '"
                + "x".repeat(60) + "...' (7000 characters) as a date (YYYY-MM-DD)");
        HttpResponse<String> q = get("/api/search?q=" + value);
        assertThat(q.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(q.body()).get("error").asText()).isEqualTo("parameter 'q': at most 1000 characters: '"
                + "x".repeat(60) + "...' (7000 characters)");
        HttpResponse<String> cursor = get("/api/events?cursor=" + value);
        assertThat(cursor.statusCode()).isEqualTo(400);
        assertThat(cursor.body()).hasSizeLessThan(300);
        HttpResponse<String> body = CLIENT.send(post("nonsense" + value), HttpResponse.BodyHandlers.ofString());
        assertThat(body.statusCode()).isEqualTo(400);
        assertThat(body.body()).hasSizeLessThan(300);
        HttpResponse<String> postedDate = CLIENT.send(post(JSON.writeValueAsString(Map.of("text", "Talks resumed.",
                "date", value))), HttpResponse.BodyHandlers.ofString());
        assertThat(postedDate.statusCode()).isEqualTo(400);
        assertThat(postedDate.body()).hasSizeLessThan(300);
        // a short value is quoted whole
        HttpResponse<String> shortOne = get("/api/events?from=2025-13-01");
        assertThat(JSON.readTree(shortOne.body()).get("error").asText()).isEqualTo("parameter 'from': cannot read "
                + "'2025-13-01' as a date (YYYY-MM-DD)");
    }

    @Test
    void requestsJettyRejectsBeforeAnyHandlerAreInTheRequestLog() throws Exception {
        String longPath = "/api/events?actor=" + "A".repeat(20_000);
        assertThat(raw("GET " + longPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 414");
        assertThat(raw("GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 431");
        assertThat(raw("GET /healthz HTTP/1.1\r\nHost: localhost\r\nno colon here\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 400");
        // Jetty cannot tell the method and path of a request line it refused to read
        http.awaitLog("- / 414");
        http.awaitLog("GET /healthz 431");
        http.awaitLog("GET /healthz 400");
        assertThat(http.logged()).allSatisfy(l -> assertThat(l).hasSizeLessThan(400));
    }

    /** Sends bytes as they are (no client would send these) and returns the response's status line. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", http.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\r' && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
