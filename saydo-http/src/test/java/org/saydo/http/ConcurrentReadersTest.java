package org.saydo.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.store.FakeCoder;
import org.saydo.store.Ingester;
import org.saydo.store.LinkRule;
import org.saydo.store.Progress;
import org.saydo.store.RecordStore;

/**
 * The desk keeps answering, and answering right, while documents are written through the server's own store: an
 * ingest of 200 reports in batches of 10 documents runs beside {@code POST /api/documents}, and four clients read
 * {@code /api/events} and {@code /api/documents/{id}} all the while. Every read succeeds, never shows part of a
 * document (each report has two events and a quote; a document is shown with all three or not at all), never
 * goes back in time (the events a client sees only grow), and once the writers are done every document is there.
 */
class ConcurrentReadersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String TOKEN = "t0ken";
    private static final int REPORTS = 200;
    private static final int POSTS = 10;

    @TempDir
    Path dir;

    /**
     * Report {@code i}: a strike and a meeting of Norway's government toward Sweden on a day of its own (posts in
     * another year than ingested reports, so no two reports are of one event), and a quote.
     */
    private static String report(String kind, int i) {
        LocalDate day = LocalDate.of(kind.equals("post") ? 2021 : 2019, 1, 1).plusDays(3L * i);
        return kind + " report " + i + ": the ministry said that the talks on the border would go on and that it was "
                + "ready for them. [NORGOV 190 SWE " + day + "] Envoys met later. [NORGOV 040 SWE " + day + "] "
                + "{NORGOV says}";
    }

    @Test
    void readsStayCorrectWhileIngestAndPostsWrite() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (int i = 0; i < REPORTS; i++) {
            Files.writeString(docs.resolve(String.format("n%04d.txt", i)), report("ingest", i), StandardCharsets.UTF_8);
        }
        try (RecordStore store = TestRecord.create(dir); RecordService service = RecordService.over(store,
                FakeCoder::new, 0)) {
            SaydoServer server = SaydoServer.start(service, SaydoServer.Options.local(0).withToken(TOKEN)
                    .withLog(s -> { }));
            String base = "http://127.0.0.1:" + server.port();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            AtomicBoolean writing = new AtomicBoolean(true);
            List<String> problems = Collections.synchronizedList(new ArrayList<>());
            java.util.Set<Integer> sizes = java.util.concurrent.ConcurrentHashMap.newKeySet();
            try {
                Future<Ingester.Summary> ingest = pool.submit(() -> new Ingester(store, new FakeCoder(2),
                        new Ingester.Options(1, LinkRule.standard(), null).withBatch(10, Duration.ofMillis(200)),
                        Progress.NONE, problems::add).ingest(List.of(docs)));
                Future<Integer> posts = pool.submit(() -> {
                    int created = 0;
                    for (int i = 0; i < POSTS; i++) {
                        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(
                                        JSON.writeValueAsString(java.util.Map.of("text", report("post", i)))))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) {
                            created++;
                        } else {
                            problems.add("POST " + i + ": " + r.statusCode() + " " + r.body());
                        }
                    }
                    return created;
                });
                List<Future<Integer>> readers = new ArrayList<>();
                for (int c = 0; c < 4; c++) {
                    readers.add(pool.submit(() -> read(base, writing, sizes, problems)));
                }
                Ingester.Summary summary = ingest.get(120, TimeUnit.SECONDS);
                int created = posts.get(120, TimeUnit.SECONDS);
                writing.set(false);
                List<Integer> reads = new ArrayList<>();
                for (Future<Integer> r : readers) {
                    reads.add(r.get(120, TimeUnit.SECONDS));
                }

                assertThat(problems).isEmpty();
                assertThat(summary.added()).isEqualTo(REPORTS);
                assertThat(created).isEqualTo(POSTS);
                assertThat(reads).as("reads per client while writing").allSatisfy(n -> assertThat(n).isPositive());
                assertThat(sizes).as("the clients read while the record grew").anySatisfy(n -> assertThat(n)
                        .isBetween(1, 2 * (REPORTS + POSTS) - 1));
                assertThat(events(base)).as("every report's two events, once the writers are done")
                        .hasSize(2 * (REPORTS + POSTS));
            } finally {
                pool.shutdownNow();
                server.stop();
            }
        }
    }

    /** Reads until the writers are done (and once after); returns the number of event lists read. */
    private static int read(String base, AtomicBoolean writing, java.util.Set<Integer> sizes, List<String> problems) {
        int seen = 0;
        int rounds = 0;
        try {
            boolean last = false;
            while (!last) {
                last = !writing.get();
                List<JsonNode> events = events(base);
                rounds++;
                if (events.size() % 2 != 0) {
                    problems.add("an odd number of events: " + events.size() + " (part of a document shown)");
                }
                if (events.size() < seen) {
                    problems.add("events went back from " + seen + " to " + events.size());
                }
                seen = events.size();
                sizes.add(seen);
                if (!events.isEmpty()) {
                    String id = events.get(events.size() - 1).get("doc_id").asText();
                    HttpResponse<String> d = get(base + "/api/documents/" + id);
                    if (d.statusCode() != 200) {
                        problems.add("document " + id + ": " + d.statusCode() + " " + d.body());
                    } else {
                        JsonNode doc = JSON.readTree(d.body());
                        if (doc.get("events").size() != 2 || doc.get("quotes").size() != 1) {
                            problems.add("document " + id + " shown with " + doc.get("events").size() + " events and "
                                    + doc.get("quotes").size() + " quotes");
                        }
                    }
                }
            }
        } catch (Exception e) {
            problems.add("reader failed: " + e);
        }
        return rounds;
    }

    /** The events of Norway's government (this test's reports only), in date order. */
    private static List<JsonNode> events(String base) throws Exception {
        HttpResponse<String> r = get(base + "/api/events?actor=NORGOV&limit=1000");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("/api/events: " + r.statusCode() + " " + r.body());
        }
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(r.body()).get("items").forEach(out::add);
        return out;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
