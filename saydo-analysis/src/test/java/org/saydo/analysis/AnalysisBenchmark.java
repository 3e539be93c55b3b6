package org.saydo.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.saydo.ontology.CameoCode;
import org.saydo.ontology.CameoOntology;
import org.saydo.store.CameoTable;
import org.saydo.store.RecordStore;
import org.saydo.store.RecordReader;
import org.saydo.store.StoreLocation;

/**
 * Benchmark (not a test): fills a store with N synthetic events (default 10,000,000; one report each) by DuckDB
 * bulk insert, then times gap, around and ledger of one actor. Run:
 * {@code java -cp ... org.saydo.analysis.AnalysisBenchmark [N] [FILE]}.
 */
public final class AnalysisBenchmark {

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("saydo-bench").resolve("bench.duckdb");
        System.out.printf(Locale.ROOT, "nproc %d, max heap %d MB, %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, file);
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            fill(file, n);
            System.out.printf(Locale.ROOT, "filled %,d events in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
            // the rows went in by bulk insert, past the store's writes: build the per-key summary the analyses read
            t = System.nanoTime();
            long[] rows;
            try (RecordStore store = RecordStore.open(file.toString(), CameoTable.NONE)) {
                rows = store.reindex();
            }
            System.out.printf(Locale.ROOT, "reindex: %,d event acts, %,d quote acts, %,d summary rows in %.1f s%n",
                    rows[0], rows[1], rows[2], (System.nanoTime() - t) / 1e9);
        }
        try (RecordReader reader = RecordReader.open(new StoreLocation(file.toString()))) {
            time("gap --actor RUS --by week", () -> {
                GapAnalysis.Result r = new GapAnalysis(reader).run(new GapAnalysis.Request("RUS", null, Period.WEEK,
                        null, null, 3, false));
                return r.periods().size() + " periods, " + r.total().words() + " words, " + r.total().deeds()
                        + " deeds, gap " + TextReport.num(r.total().gap());
            });
            time("gap --actor RUSGOV --target UKR --by month", () -> {
                GapAnalysis.Result r = new GapAnalysis(reader).run(new GapAnalysis.Request("RUSGOV", "UKR",
                        Period.MONTH, null, null, 3, false));
                return r.periods().size() + " periods, " + r.total().words() + " words, " + r.total().deeds() + " deeds";
            });
            time("around --talks RUS,USA --window 3d (10,000 permutations)", () -> {
                AroundTalks.Result r = new AroundTalks(reader).run(AroundTalks.Request.of("RUS", "USA"));
                return r.talks().size() + " talk days, ratio " + TextReport.num(r.summary().rateRatio()) + ", p "
                        + r.summary().pValue();
            });
            time("ledger --actor RUS --horizon 30d --from 2025-06-01 --to 2025-06-30", () -> {
                Ledger.Result r = new Ledger(reader).run(new Ledger.Request("RUS", 30, null,
                        LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-30")));
                return r.entries().size() + " commitments " + r.counts();
            });
            // the ledger's stages: what is left once the commitments are matched is the lookup of the events
            // every entry cites (the commitment, and the first five that keep and break it), a scan of events and
            // reports; the record's covered days come first
            Ledger.Result june = new Ledger(reader).run(new Ledger.Request("RUS", 30, null,
                    LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-30")));
            List<Long> cited = june.entries().stream().flatMap(e -> java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(e.commitment()), java.util.stream.Stream.concat(e.kept().stream(),
                    e.broken().stream()))).map(org.saydo.store.Evidence::eventKey).distinct().toList();
            time("  of which: the cited events' lookup (RecordReader.evidence)", () ->
                    reader.evidence(cited, List.of()).size() + " of " + cited.size() + " keys");
            time("  of which: the covered days (RecordReader.documentDays)", () ->
                    reader.documentDays().days().size() + " days");
            time1("ledger --actor RUS --horizon 30d (whole record, once)", () -> {
                Ledger.Result r = new Ledger(reader).run(Ledger.Request.of("RUS"));
                return r.entries().size() + " commitments " + r.counts();
            });
        }
    }

    /**
     * The CPU time of the whole process so far (every thread, DuckDB's native ones too), in seconds: on a machine
     * shared with other work the wall clock says how busy the machine was more than what a run cost.
     */
    private static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static void time1(String label, Supplier<String> run) {
        long t = System.nanoTime();
        double c = cpu();
        String what = run.get();
        System.out.printf(Locale.ROOT, "%-62s %.2f s (CPU %.2f s)  (%s)%n", label, (System.nanoTime() - t) / 1e9,
                cpu() - c, what);
    }

    private static void time(String label, Supplier<String> run) {
        List<Double> s = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        String what = "";
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            double c = cpu();
            what = run.get();
            s.add((System.nanoTime() - t) / 1e9);
            cpu.add(cpu() - c);
        }
        System.out.printf(Locale.ROOT, "%-62s first %.2f s, then %.2f s, %.2f s; CPU %.2f / %.2f / %.2f s  (%s)%n",
                label, s.get(0), s.get(1), s.get(2), cpu.get(0), cpu.get(1), cpu.get(2), what);
    }

    /** N events, one key and one report each: 12 actors, 12 targets, all CAMEO codes, 5 modalities, 2 years. */
    static void fill(Path file, long n) throws Exception {
        RecordStore.open(file.toString(), CameoTable.NONE).close();
        List<CameoCode> codes = new ArrayList<>(CameoOntology.standard().all());
        String codeList = codes.stream().map(c -> "'" + c.code() + "'").collect(Collectors.joining(",", "[", "]"));
        String gList = codes.stream().map(c -> String.format(Locale.ROOT, "%.1f", c.goldstein()))
                .collect(Collectors.joining(",", "[", "]"));
        String actors = "['RUS','RUSGOV','RUSMIL','UKR','UKRGOV','UKRMIL','USA','USAGOV','FRA','DEU','CHN','IGONAT']";
        String mods = "['asserted','asserted','asserted','asserted','reported','reported','intent','intent',"
                + "'hypothetical','negated']";
        int nc = codes.size();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE g AS SELECT i, " + actors + "[1 + (i * 7) % 12] AS src, " + actors
                    + "[1 + (i * 11 + i // 12) % 12] AS tgt, 1 + (i * 7919) % " + nc + " AS ci, "
                    + mods + "[1 + (i * 31) % 10] AS m, DATE '2024-01-01' + CAST((i * 104729) % 730 AS INTEGER) AS d "
                    + "FROM range(1, " + (n + 1) + ") t(i)");
            s.execute("INSERT INTO event_keys SELECT i, 'saydo', src, tgt, substr(" + codeList + "[ci], 1, 2), d, "
                    + "CASE WHEN m IN ('asserted', 'reported') THEN 'deed' ELSE m END FROM g");
            s.execute("INSERT INTO events (id, event_key, origin, doc_id, source_code, target_code, cameo, cameo_root, "
                    + "quad, goldstein, modality, event_date, date_basis, sentence_text, doc, sentence, trigger_start, "
                    + "rule_name, pipeline) SELECT i, i, 'saydo', 'doc' || (i // 10), src, tgt, " + codeList
                    + "[ci], substr(" + codeList + "[ci], 1, 2), NULL, " + gList + "[ci], m, d, 'text', 'A sentence.', "
                    + "'doc' || (i // 10) || '.txt', 0, 0, 'bench', 'bench' FROM g");
            s.execute("INSERT INTO reports SELECT i, 'doc' || (i // 10), NULL, 'outlet' || (i % 40) FROM g");
            s.execute("DROP TABLE g");
            s.execute("CHECKPOINT");
        }
    }
}
