package org.saydo.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.saydo.store.CameoTable;
import org.saydo.store.FakeCoder;
import org.saydo.store.RecordStore;

/**
 * Load benchmark (not a test): a fixed pool of client threads (default 200) sends GET requests for a while
 * (default 60 s) to one endpoint, or to several in turn ({@code --path} with comma-separated paths: client
 * {@code c} starts at path {@code c mod n} and cycles), of a server on loopback over a store of synthetic events (default 1,000,000,
 * bulk-inserted with {@code INSERT ... SELECT ... FROM range(...)}), and prints requests/s, latency percentiles and
 * errors. Run (from {@code saydo-http}, after {@code mvn -o install -DskipTests} at the root):
 *
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/hcp.txt
 * java -Xmx6g -cp target/test-classes:target/classes:$(cat /tmp/hcp.txt) org.saydo.http.HttpLoadBenchmark \
 *     --db /tmp/saydo-bench/million.duckdb --path /api/actors/RUS/gap [--kept 0] [--gzip true] \
 *     [--clients 200] [--seconds 60]
 * </pre>
 *
 * A mixed run, as measured for issue 14:
 *
 * <pre>
 * ... HttpLoadBenchmark --db /tmp/saydo-bench/million-hex.duckdb --clients 50 --seconds 60 \
 *     --path /api/events?actor=RUS,/api/documents/00000000000000000000000000000abc,/api/actors/RUS/gap,/api/quotes?actor=RUS
 * </pre>
 *
 * Document ids are 32 hex digits ({@code lpad(hex(i), 32, '0')}, lower case), so {@code /api/documents/{id}} finds
 * them. {@code --kept 0} turns off the server's kept analysis results, so every request computes its analysis;
 * {@code --gzip true} makes the clients ask for gzip (as browsers do) and inflate each body.
 */
public final class HttpLoadBenchmark {

    private HttpLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String db = "/tmp/saydo-bench/million.duckdb";
        String path = "/api/actors/RUS/gap";
        int events = 1_000_000;
        int clients = 200;
        int seconds = 60;
        int kept = Analyses.DEFAULT_KEPT;
        boolean gzip = false;
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--db" -> db = v;
                case "--path" -> path = v;
                case "--events" -> events = Integer.parseInt(v);
                case "--clients" -> clients = Integer.parseInt(v);
                case "--seconds" -> seconds = Integer.parseInt(v);
                case "--kept" -> kept = Integer.parseInt(v);
                case "--gzip" -> gzip = Boolean.parseBoolean(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.println("nproc (availableProcessors): " + Runtime.getRuntime().availableProcessors()
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        Path file = Path.of(db);
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            long t0 = System.nanoTime();
            fill(file, events);
            System.out.printf(Locale.ROOT, "filled %,d synthetic events in %.1f s%n", events,
                    (System.nanoTime() - t0) / 1e9);
        }
        try (RecordStore store = RecordStore.open(db, CameoTable.standard())) {
            System.out.println("store: " + store.counts());
            long t0 = System.nanoTime();
            try (RecordService service = RecordService.over(store, FakeCoder::new, kept)) {
                System.out.printf(Locale.ROOT, "readers opened and search index built in %.1f s (%,d sentences)%n",
                        (System.nanoTime() - t0) / 1e9, service.health().get("sentences_indexed").asLong());
                SaydoServer server = SaydoServer.start(service, SaydoServer.Options.local(0).withLog(s -> { }));
                try {
                    run(URI.create("http://127.0.0.1:" + server.port() + "/"), List.of(path.split(",")), clients,
                            seconds, kept, gzip);
                } finally {
                    server.stop();
                }
            }
        }
    }

    private static void run(URI base, List<String> paths, int clients, int seconds, int kept, boolean gzip)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        int n = paths.size();
        HttpRequest[] requests = new HttpRequest[n];
        int[] firstLength = new int[n];
        for (int p = 0; p < n; p++) {
            URI uri = base.resolve(paths.get(p));
            HttpRequest plain = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).GET().build();
            // with --gzip true the client asks for gzip, as browsers do, and inflates every body it gets
            requests[p] = gzip ? HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5))
                    .header("Accept-Encoding", "gzip").GET().build() : plain;
            long f0 = System.nanoTime();
            HttpResponse<byte[]> first = client.send(plain, HttpResponse.BodyHandlers.ofByteArray());
            firstLength[p] = first.body().length;
            System.out.printf(Locale.ROOT, "first request %s: %d, %,d bytes, %.0f ms%n", paths.get(p),
                    first.statusCode(), first.body().length, (System.nanoTime() - f0) / 1e6);
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong[] errors = new AtomicLong[n];
        for (int p = 0; p < n; p++) {
            errors[p] = new AtomicLong();
        }
        AtomicLong differing = new AtomicLong();
        List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[][]>> results = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int start = c % n;
            results.add(pool.submit(() -> {
                long[][] lat = new long[n][1024];
                int[] count = new int[n];
                for (int i = start; System.nanoTime() < deadline; i = (i + 1) % n) {
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(requests[i], HttpResponse.BodyHandlers.ofByteArray());
                        byte[] body = r.body();
                        if (r.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
                            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                                body = in.readAllBytes();
                            }
                        }
                        if (r.statusCode() != 200 || body.length == 0) {
                            errors[i].incrementAndGet();
                            if (errorSamples.size() < 5) {
                                errorSamples.add(paths.get(i) + ": " + r.statusCode() + " " + new String(body,
                                        java.nio.charset.StandardCharsets.UTF_8));
                            }
                            continue;
                        }
                        if (body.length != firstLength[i]) {
                            // a 200 whose JSON is not the first one's (recomputed analyses may differ in the
                            // last digits of floating-point means: DuckDB sums in parallel)
                            differing.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors[i].incrementAndGet();
                        if (errorSamples.size() < 5) {
                            errorSamples.add(paths.get(i) + ": " + e);
                        }
                        continue;
                    }
                    if (count[i] == lat[i].length) {
                        lat[i] = Arrays.copyOf(lat[i], count[i] * 2);
                    }
                    lat[i][count[i]++] = System.nanoTime() - s;
                }
                long[][] out = new long[n][];
                for (int p = 0; p < n; p++) {
                    out[p] = Arrays.copyOf(lat[p], count[p]);
                }
                return out;
            }));
        }
        List<long[][]> all = new ArrayList<>();
        for (Future<long[][]> f : results) {
            all.add(f.get());
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long errorsAll = 0;
        for (int p = 0; p < n; p++) {
            int path = p;
            long[] lat = all.stream().flatMapToLong(l -> Arrays.stream(l[path])).sorted().toArray();
            errorsAll += errors[p].get();
            print(paths.get(p), clients, wall, kept, gzip, lat, errors[p].get());
        }
        if (n > 1) {
            long[] lat = all.stream().flatMapToLong(l -> Arrays.stream(l).flatMapToLong(Arrays::stream)).sorted()
                    .toArray();
            print("all " + n + " paths", clients, wall, kept, gzip, lat, errorsAll);
        }
        System.out.println(differing.get() + " bodies not byte-equal to the first of their path");
        errorSamples.forEach(e -> System.out.println("error: " + e));
    }

    private static void print(String what, int clients, double wall, int kept, boolean gzip, long[] lat, long errors) {
        System.out.printf(Locale.ROOT, "GET %s, %d clients, %.1f s, kept results %s, gzip %s: %,d ok (%.1f "
                + "requests/s), %d errors; latency ms p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n", what, clients, wall,
                kept > 0 ? "on" : "off", gzip ? "on" : "off", lat.length, lat.length / wall, errors,
                pct(lat, 0.50), pct(lat, 0.90), pct(lat, 0.99), lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** SQL for the document id of number {@code expr}: 32 lower-case hex digits, as real ids are. */
    private static String hexId(String expr) {
        return "lpad(lower(hex(CAST(" + expr + " AS BIGINT))), 32, '0')";
    }

    /**
     * A store of {@code n} synthetic Saydo events (two reports per event key, 12 actors, 20 CAMEO roots with
     * their QuadClass and a Goldstein weight, 70 % asserted, 20 % reported... see the SQL), {@code n / 10}
     * documents, {@code n / 20} quotes, over two years. The schema comes from {@link RecordStore#open}.
     */
    static void fill(Path file, int n) throws Exception {
        RecordStore.open(file.toString(), CameoTable.NONE).close();
        String actors = "['RUS','RUSGOV','RUSMIL','UKR','UKRGOV','UKRMIL','USA','USAGOV','FRA','DEU','CHN','IGONAT']";
        String quad = "[1,1,1,1,1,2,2,2,2,3,3,3,3,3,4,4,4,4,4,4]";
        String gold = "[0.0,3.0,4.0,1.0,3.5,6.0,7.0,5.0,-2.0,-5.0,-2.0,-4.0,-6.0,-6.5,-7.2,-4.0,-7.0,-9.0,-10.0,-10.0]";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO documents SELECT i, " + hexId("i") + ", 'doc' || i || '.txt', NULL, 'outlet' || (i % 40), "
                    + "'Report ' || i, DATE '2024-01-01' + CAST(i % 730 AS INTEGER), 'Envoys met in Geneva. Strikes "
                    + "hit the grid overnight.', 2, now()::TIMESTAMP, 'bench' FROM range(1, " + (n / 10 + 1) + ") t(i)");
            s.execute("INSERT INTO event_keys SELECT k, 'saydo', " + actors + "[1 + k % 12], " + actors
                    + "[1 + (k // 12) % 12], lpad(CAST(1 + k % 20 AS VARCHAR), 2, '0'), DATE '2024-01-01' + "
                    + "CAST(k % 730 AS INTEGER), CASE WHEN k % 10 = 0 THEN 'word' ELSE 'deed' END "
                    + "FROM range(1, " + (n / 2 + 1) + ") t(k)");
            s.execute("INSERT INTO events (id, event_key, origin, doc_id, source_code, source_name, source_text, "
                    + "target_code, target_name, target_text, cameo, cameo_root, cameo_name, quad, goldstein, modality, "
                    + "event_date, date_basis, sentence_text, doc, sentence, sentence_start, sentence_end, span_start, "
                    + "span_end, trigger_text, trigger_start, trigger_end, rule_name, pipeline) "
                    + "SELECT i, k.event_key, 'saydo', " + hexId("1 + i % " + (n / 10)) + ", k.source_code, "
                    + "k.source_code, k.source_code, k.target_code, k.target_code, k.target_code, k.cameo_root || '0', "
                    + "k.cameo_root, 'root ' || k.cameo_root, " + quad + "[CAST(k.cameo_root AS INTEGER)], " + gold
                    + "[CAST(k.cameo_root AS INTEGER)], CASE WHEN k.event_key % 10 = 0 THEN 'intent' WHEN "
                    + "k.event_key % 10 IN (1, 2) THEN 'reported' ELSE 'asserted' END, k.event_date, 'text', "
                    + "'Envoys met in Geneva.', 'doc.txt', 0, 0, 21, 0, 21, 'met', 7, 10, 'bench', 'bench' "
                    + "FROM range(1, " + (n + 1) + ") t(i) JOIN event_keys k ON k.event_key = 1 + (i - 1) // 2");
            s.execute("INSERT INTO reports SELECT DISTINCT e.event_key, e.doc_id, NULL, d.outlet FROM events e "
                    + "JOIN documents d ON d.id = e.doc_id");
            s.execute("INSERT INTO quotes SELECT i, " + hexId("1 + i % " + (n / 10)) + ", " + actors + "[1 + i % 12], "
                    + actors + "[1 + i % 12], 'spokesman', NULL, NULL, NULL, 'We want peace ' || (i % 500), true, "
                    + "'say', '010', 'asserted', DATE '2024-01-01' + CAST(i % 730 AS INTEGER), 'publication', NULL, "
                    + "'Envoys met in Geneva.', 'doc.txt', 0, 0, 21, 0, 21, 'said', 7, 10, 'bench', 'bench' "
                    + "FROM range(1, " + (n / 20 + 1) + ") t(i)");
        }
        // the rows went in past the store's writes: build the per-key summary the analyses read
        try (RecordStore store = RecordStore.open(file.toString(), CameoTable.NONE)) {
            store.reindex();
        }
    }
}
