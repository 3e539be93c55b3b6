package org.saydo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.saydo.doc.Document;
import org.saydo.doc.TextReader;
import org.saydo.nlp.corenlp.StockPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code saydo bench}: sentences per second and peak heap of (a) CoreNLP's stock pipeline, (b) Saydo's NLP
 * stage and (c) the whole coding pipeline (with the judge unless {@code --no-judge}, and the judge's share of its
 * time), on 1 and 2 threads, over one corpus. A benchmark, not a test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure sentences/s and peak heap of the stock CoreNLP pipeline, Saydo's NLP stage and "
                + "the whole pipeline.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Directory of .txt reports (default: the bundled samples repeated to >= 2,000 sentences).")
    Path corpus;

    @Option(names = "--min-sentences", description = "Repeat the corpus until it has this many sentences "
            + "(default: ${DEFAULT-VALUE}).")
    int minSentences = 2000;

    @Option(names = "--threads", split = ",", description = "Thread counts to run (default: 1,2).")
    List<Integer> threads = List.of(1, 2);

    @Option(names = "--skip-stock", description = "Do not run the stock CoreNLP pipeline (a).")
    boolean skipStock;

    @CommandLine.Mixin
    JudgeOptions judgeOptions = new JudgeOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = corpus != null ? corpus : Path.of(System.getProperty("saydo.home", "."), "samples");
        List<Document> base = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                base.add(TextReader.read(p));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read corpus " + dir + ": " + e.getMessage(), e);
        }
        if (base.isEmpty()) {
            throw new IllegalArgumentException("no .txt files in " + dir);
        }
        Pipeline pipeline = Pipelines.standard(List.of(), judgeOptions.choice());
        int perRound = 0;
        for (Document d : base) {
            perRound += pipeline.parser().parse(d).sentences().size();
        }
        List<Document> docs = new ArrayList<>();
        int sentences = 0;
        while (sentences < minSentences) {
            docs.addAll(base);
            sentences += perRound;
        }
        out.printf(Locale.ROOT, "bench: corpus %s, %d documents, %d sentences, %d cores, max heap %d MB%n", dir,
                docs.size(), sentences, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%-38s %7s %10s %12s %14s %12s %16s%n", "stage", "threads", "seconds", "sentences/s",
                "peak heap MB", "cpu seconds", "sentences/cpu s");
        out.flush();
        java.util.Optional<org.saydo.judge.Judge> judge = pipeline.judge();
        for (int n : threads) {
            double[] b = run(out, "(b) Saydo NLP stage", n, docs, d -> pipeline.parser().parse(d).sentences().size());
            long judged = judge.map(org.saydo.judge.Judge::nanos).orElse(0L);
            long[] work = {0};
            double[] c = run(out, "(c) Saydo code pipeline" + (judge.isPresent() ? " + judge" : ""), n, docs, d -> {
                long t0 = System.nanoTime();
                int s = pipeline.code(d).sentences();
                synchronized (work) {
                    work[0] += System.nanoTime() - t0;
                }
                return s;
            });
            out.printf(Locale.ROOT, "%-38s %7d %10.2f%n", "(c)/(b) time", n, c[0] / b[0]);
            out.printf(Locale.ROOT, "%-38s %7d %10.2f%n", "(c)/(b) cpu seconds", n, c[1] / b[1]);
            if (judge.isPresent()) {
                out.printf(Locale.ROOT, "%-38s %7d %9.1f%%%n", "judge's share of (c)", n,
                        100.0 * (judge.get().nanos() - judged) / work[0]);
            }
            out.flush();
        }
        if (!skipStock) {
            // loaded last, so that its models (NER, SUTime everywhere) do not weigh on (b) and (c)'s heap
            StockPipeline stock = new StockPipeline();
            for (int n : threads) {
                run(out, "(a) CoreNLP stock +ner,depparse", n, docs, d -> stock.annotate(d.text()));
            }
        }
        return 0;
    }

    /**
     * Runs one stage; returns its wall-clock seconds and the CPU seconds the whole process spent meanwhile (every
     * thread: the workers, the collector, the compiler), the figure to compare on a machine shared with other work.
     */
    private static double[] run(PrintWriter out, String name, int threads, List<Document> docs,
            ToIntFunction<Document> work) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        List<Future<Integer>> futures = new ArrayList<>();
        for (Document d : docs) {
            futures.add(pool.submit(() -> work.applyAsInt(d)));
        }
        int sentences = 0;
        for (Future<Integer> f : futures) {
            sentences += f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        pool.shutdown();
        long peak = 0;
        for (MemoryPoolMXBean mp : ManagementFactory.getMemoryPoolMXBeans()) {
            if (mp.getType() == MemoryType.HEAP) {
                peak += mp.getPeakUsage().getUsed();
            }
        }
        out.printf(Locale.ROOT, "%-38s %7d %10.2f %12.1f %14d %12.2f %16.1f%n", name, threads, seconds,
                sentences / seconds, peak >> 20, cpu, sentences / cpu);
        out.flush();
        return new double[] {seconds, cpu};
    }

    /** CPU time of the whole process so far, or -1 when the JVM does not tell it. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
