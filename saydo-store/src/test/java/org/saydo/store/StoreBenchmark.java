package org.saydo.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (not a test): documents/s of ingest of a generated 1,000-document directory with the fast fake
 * coder (the real coder is NLP-bound: see DESIGN.md, 29–55 sentences/s per core with depparse), the time of a
 * GDELT import of the real 3,566-row export (when {@code -Dsaydo.shared} points at the shared data), and over
 * 1,000,000 synthetic events the time of {@code reindex}, of a weekly words-and-deeds series from the summary and
 * of actor queries. With {@value StoreBackend#VARIABLE} set to a PostgreSQL database, first the same ingest into a
 * new schema of it, and two ingests of 1,000 other documents each into one record at once (each with its own
 * connection, as two processes would). Run:
 * {@code java -cp ... org.saydo.store.StoreBenchmark [WORKDIR [postgresql|ingest]]} ({@code postgresql}: that part
 * only; {@code ingest}: the ingests into both engines, no GDELT import and no queries).
 */
public final class StoreBenchmark {

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("saydo-bench");
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.println("cores: " + cores);

        Path docs = IngesterTest.corpus(work, 1000);
        if (StoreBackend.url() != null) {
            postgres(work, docs, cores);
            if (args.length > 1 && args[1].equals("postgresql")) {
                return;
            }
        }
        for (int threads : new int[] {1, cores}) {
            Path db = work.resolve("ingest-" + threads + ".duckdb");
            Files.deleteIfExists(db);
            try (RecordStore store = RecordStore.open(db.toString(), StoreFixtures.CAMEO)) {
                long t0 = System.nanoTime();
                Ingester.Summary s = new Ingester(store, new FakeCoder(), new Ingester.Options(threads,
                        LinkRule.standard(), null), Progress.NONE, System.err::println).ingest(List.of(docs));
                double sec = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "ingest 1000 docs, fake coder, %d thread(s): %.2f s, %.0f documents/s "
                        + "(%s)%n", threads, sec, s.added() / sec, s.line());
                long t1 = System.nanoTime();
                Ingester.Summary again = new Ingester(store, new FakeCoder(), new Ingester.Options(threads,
                        LinkRule.standard(), null), Progress.NONE, System.err::println).ingest(List.of(docs));
                double sec2 = (System.nanoTime() - t1) / 1e9;
                System.out.printf(Locale.ROOT, "re-ingest (all unchanged): %.2f s, %.0f documents/s%n", sec2,
                        again.unchanged() / sec2);
            }
        }

        if (args.length > 1 && args[1].equals("ingest")) {
            return;
        }
        String shared = System.getProperty("saydo.shared");
        Path export = shared == null ? null : Path.of(shared, "data", "gdelt", "20161013151500.export.CSV");
        if (export != null && Files.isRegularFile(export)) {
            for (int run = 1; run <= 3; run++) {
                Path db = work.resolve("gdelt-" + run + ".duckdb");
                Files.deleteIfExists(db);
                try (RecordStore store = RecordStore.open(db.toString(), StoreFixtures.CAMEO)) {
                    long t0 = System.nanoTime();
                    Ingester.Summary s = new Ingester(store, new FakeCoder(), new Ingester.Options(cores,
                            LinkRule.standard(), null), Progress.NONE, System.err::println).ingest(List.of(export));
                    System.out.printf(Locale.ROOT, "GDELT import, run %d: %.0f ms (%s)%n", run,
                            (System.nanoTime() - t0) / 1e6, s.line());
                }
            }
        }

        Path big = work.resolve("million.duckdb");
        Files.deleteIfExists(big);
        try (RecordStore store = RecordStore.open(big.toString(), StoreFixtures.CAMEO)) {
            long t0 = System.nanoTime();
            fill(store, 1_000_000);
            System.out.printf(Locale.ROOT, "filled 1,000,000 synthetic events (~500,000 event keys) in %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
            long t1 = System.nanoTime();
            long[] rows = store.reindex();
            System.out.printf(Locale.ROOT, "reindex (per-key summary from scratch): %.1f s, %d event keys, %d summary rows%n",
                    (System.nanoTime() - t1) / 1e9, rows[0], rows[2]);
            List<Double> ms = new ArrayList<>();
            int weeks = 0;
            for (int i = 0; i < 7; i++) {
                long t = System.nanoTime();
                weeks = store.wordsAndDeeds("RUS", null, ActSummary.Period.WEEK, null, null).size();
                ms.add((System.nanoTime() - t) / 1e6);
            }
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "words and deeds of RUS by week from the summary over 1M events: %d weeks, "
                    + "median %.0f ms (first %.0f)%n", weeks, sorted[3], ms.get(0));
            query(store, "--actor RUS (all rows)", EventQuery.all().withActor("RUS"));
            query(store, "--actor RUSGOV --limit 100", EventQuery.all().withActor("RUSGOV").withLimit(100));
            query(store, "--actor USA --target RUS --cameo 04", EventQuery.all().withActor("USA").withTarget("RUS")
                    .withCameo("04"));
        }
    }

    /** Ingest into PostgreSQL: 1 and {@code cores} threads, then two writers at once. */
    private static void postgres(Path work, Path docs, int cores) throws Exception {
        for (int threads : new int[] {1, cores}) {
            try (RecordStore store = RecordStore.open(StoreBackend.POSTGRESQL.fresh(work), StoreFixtures.CAMEO)) {
                long t0 = System.nanoTime();
                Ingester.Summary s = new Ingester(store, new FakeCoder(), new Ingester.Options(threads,
                        LinkRule.standard(), null), Progress.NONE, System.err::println).ingest(List.of(docs));
                double sec = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "PostgreSQL: ingest 1000 docs, fake coder, %d thread(s): %.2f s, %.0f "
                        + "documents/s (%s)%n", threads, sec, s.added() / sec, s.line());
                long t1 = System.nanoTime();
                Ingester.Summary again = new Ingester(store, new FakeCoder(), new Ingester.Options(threads,
                        LinkRule.standard(), null), Progress.NONE, System.err::println).ingest(List.of(docs));
                System.out.printf(Locale.ROOT, "PostgreSQL: re-ingest (all unchanged): %.0f documents/s%n",
                        again.unchanged() / ((System.nanoTime() - t1) / 1e9));
            }
        }
        StoreLocation team = StoreBackend.POSTGRESQL.fresh(work);
        RecordStore.open(team, StoreFixtures.CAMEO).close();
        Path other = Files.createDirectories(work.resolve("other"));
        try (java.util.stream.Stream<Path> files = Files.list(docs)) {
            for (Path f : files.toList()) { // the same stories in other words: other documents, the same events
                Files.writeString(other.resolve(f.getFileName()), Files.readString(f).replace("Report ", "Another report "));
            }
        }
        List<Path> halves = List.of(docs, other);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        long t0 = System.nanoTime();
        List<java.util.concurrent.Future<Ingester.Summary>> runs = new ArrayList<>();
        for (Path half : halves) {
            runs.add(pool.submit(() -> {
                try (RecordStore store = RecordStore.open(team, StoreFixtures.CAMEO)) {
                    return new Ingester(store, new FakeCoder(), new Ingester.Options(1, LinkRule.standard(), null),
                            Progress.NONE, System.err::println).ingest(List.of(half));
                }
            }));
        }
        long added = 0;
        for (java.util.concurrent.Future<Ingester.Summary> r : runs) {
            added += r.get().added();
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        try (RecordStore store = RecordStore.open(team, StoreFixtures.CAMEO)) {
            System.out.printf(Locale.ROOT, "PostgreSQL: two writers at once, 1 thread each: %.2f s, %.0f documents/s "
                    + "together, %d added, record %s%n", sec, added / sec, added, store.counts());
        }
    }

    private static void query(RecordStore store, String label, EventQuery q) {
        List<Double> ms = new ArrayList<>();
        int rows = 0;
        try (RecordReader reader = RecordReader.openBesideWriter(store.location(), 1)) {
            for (int i = 0; i < 7; i++) {
                long t = System.nanoTime();
                rows = reader.events(q).size();
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "query %s over 1M events: %d rows, median %.0f ms (min %.0f, max %.0f, "
                + "first %.0f)%n", label, rows, sorted[3], sorted[0], sorted[6], ms.get(0));
    }

    /** Fills the store with {@code n} synthetic Saydo events: two reports per key, 12 actors, 20 roots, 2 years. */
    static void fill(RecordStore store, int n) {
        String actors = "['RUS','RUSGOV','RUSMIL','UKR','UKRGOV','UKRMIL','USA','USAGOV','FRA','DEU','CHN','IGONAT']";
        store.executeTrusted("INSERT INTO documents SELECT i, 'doc' || i, 'doc' || i || '.txt', NULL, 'outlet' || (i % 40), "
                + "NULL, DATE '2024-01-01' + CAST(i % 730 AS INTEGER), 'text', 10, now()::TIMESTAMP, 'bench' "
                + "FROM range(1, " + (n / 10 + 1) + ") t(i)");
        store.executeTrusted("INSERT INTO event_keys SELECT k, 'saydo', " + actors + "[1 + k % 12], " + actors
                + "[1 + (k // 12) % 12], lpad(CAST(1 + k % 20 AS VARCHAR), 2, '0'), DATE '2024-01-01' + CAST(k % 730 AS INTEGER), 'deed' "
                + "FROM range(1, " + (n / 2 + 1) + ") t(k)");
        store.executeTrusted("INSERT INTO events (id, event_key, origin, doc_id, source_code, source_name, source_text, "
                + "target_code, target_name, target_text, cameo, cameo_root, modality, event_date, date_basis, "
                + "sentence_text, doc, sentence, sentence_start, sentence_end, span_start, span_end, trigger_text, "
                + "trigger_start, trigger_end, rule_name, pipeline) "
                + "SELECT i, k.event_key, 'saydo', 'doc' || (1 + i % " + (n / 10) + "), k.source_code, k.source_code, "
                + "k.source_code, k.target_code, k.target_code, k.target_code, k.cameo_root || '0', k.cameo_root, "
                + "'asserted', k.event_date, 'text', 'A sentence.', 'doc.txt', 0, 0, 10, 0, 10, 'met', 2, 5, "
                + "'bench', 'bench' FROM range(1, " + (n + 1) + ") t(i) JOIN event_keys k ON k.event_key = 1 + (i - 1) // 2");
        store.executeTrusted("INSERT INTO reports SELECT DISTINCT e.event_key, e.doc_id, NULL, d.outlet FROM events e "
                + "JOIN documents d ON d.id = e.doc_id");
        System.out.println("store counts: " + store.counts());
    }
}
