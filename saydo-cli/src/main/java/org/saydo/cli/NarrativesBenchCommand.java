package org.saydo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.saydo.doc.Document;
import org.saydo.doc.TextReader;
import org.saydo.judge.Embedder;
import org.saydo.narratives.NarrativeClassifier;
import org.saydo.narratives.NarrativeModel;
import org.saydo.narratives.Taxonomy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code saydo narratives bench}: documents per second of {@code narratives classify} on documents of about 600
 * words, with and without speakers, on 1 and 2 threads; with {@code --discover}, the time {@code narratives
 * discover} takes to cluster and label {@code --claims} synthetic claims. A benchmark, not a test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure documents/s of narratives classify on documents of about 600 words, or with "
                + "--discover the seconds narratives discover takes over many claims.")
public final class NarrativesBenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Directory of .txt reports cut and joined into documents (default: the bundled samples); "
                    + "for --discover, whose sentences the claims are made of (default: samples, corpus/dev and "
                    + "corpus/narratives/dev).")
    Path corpus;

    @Option(names = "--words", defaultValue = "600", description = "Words per document (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--documents", defaultValue = "48", description = "Documents per run (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--threads", split = ",", description = "Thread counts to run (default: 1,2).")
    List<Integer> threads = List.of(1, 2);

    @Option(names = "--discover", description = "Measure discovery instead: cluster and label --claims claims made "
            + "from the corpus's sentences (see DiscoveryBench).")
    boolean discover;

    @Option(names = "--claims", defaultValue = "100000",
            description = "Claims for --discover (default: ${DEFAULT-VALUE}).")
    int claims;

    @Option(names = "--check", defaultValue = "20000", description = "For --discover: compare the index with the "
            + "exact search on this many claims (0: skip; default: ${DEFAULT-VALUE}).")
    int check;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = corpus != null ? corpus : Path.of(System.getProperty("saydo.home", "."), "samples");
        if (discover) {
            if (claims < 1 || check < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--claims must be 1 or more and "
                        + "--check 0 or more (got " + claims + ", " + check + ")");
            }
            Path home = Path.of(System.getProperty("saydo.home", "."));
            List<Path> dirs = corpus != null ? List.of(corpus) : Stream.of("samples", "corpus/dev",
                    "corpus/narratives/dev").map(home::resolve).filter(Files::isDirectory).toList();
            new DiscoveryBench(out).run(dirs, claims, check);
            return 0;
        }
        List<Document> docs = documents(dir);
        Taxonomy taxonomy = Taxonomy.standard();
        NarrativeModel model = NarrativeModel.standard();
        int sentences = 0;
        for (Document d : docs) {
            sentences += Pipelines.splitter().split(d).size();
        }
        out.printf(Locale.ROOT, "narratives bench: %d documents of %d words (%.1f sentences each) from %s, "
                + "%d cores%n", docs.size(), words, (double) sentences / docs.size(), dir,
                Runtime.getRuntime().availableProcessors());
        // the sentence model without the shared embedder's memory: the documents repeat the samples' sentences
        Embedder embedder = Pipelines.sentenceModel();
        stages(docs, Pipelines.narratives(taxonomy, model, true, embedder), embedder, out);
        for (boolean speakers : new boolean[] {false, true}) {
            NarrativeClassifier c = Pipelines.narratives(taxonomy, model, speakers, embedder);
            run(c, docs.subList(0, Math.min(4, docs.size())), 1); // warm-up: models loaded, JIT
            for (int t : threads) {
                long cpu = processCpu();
                double seconds = run(c, docs, t);
                double cores = (processCpu() - cpu) / 1e9 / seconds;
                out.printf(Locale.ROOT, "narratives bench: %-16s %d thread%s: %6.2f documents/s (%.0f sentences/s; "
                        + "%.2f cores busy, %.1f documents per CPU-second)%n",
                        speakers ? "with speakers" : "without speakers", t, t == 1 ? " " : "s",
                        docs.size() / seconds, sentences / seconds, cores, docs.size() / seconds / cores);
                out.flush();
            }
        }
        return 0;
    }

    /**
     * Where one thread's CPU time goes per document (split, embed, score the passages, decide, find speakers):
     * CPU time, so that other work on a shared machine does not inflate it as it does the wall-clock figures.
     */
    private static void stages(List<Document> docs, NarrativeClassifier c, Embedder embedder, PrintWriter out) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        org.saydo.nlp.SentenceSplitter splitter = Pipelines.splitter();
        long[] nanos = new long[5];
        for (int pass = 0; pass < 2; pass++) { // the first pass warms up
            java.util.Arrays.fill(nanos, 0);
            for (Document d : docs) {
                long t0 = mx.getCurrentThreadCpuTime();
                var sentences = splitter.split(d);
                long t1 = mx.getCurrentThreadCpuTime();
                var vectors = embedder.embed(sentences.stream().map(org.saydo.nlp.ParsedSentence::text).toList());
                long t2 = mx.getCurrentThreadCpuTime();
                var scored = c.score(d, sentences, vectors);
                long t3 = mx.getCurrentThreadCpuTime();
                var labels = c.decide(scored, c.model().subnarrativeThreshold(), c.model().narrativeThreshold());
                long t4 = mx.getCurrentThreadCpuTime();
                c.withSpeakers(d, sentences, labels);
                long t5 = mx.getCurrentThreadCpuTime();
                long[] t = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4};
                for (int i = 0; i < t.length; i++) {
                    nanos[i] += t[i];
                }
            }
        }
        double n = docs.size() * 1e6;
        double total = (nanos[0] + nanos[1] + nanos[2] + nanos[3]) / n;
        out.printf(Locale.ROOT, "narratives bench: CPU ms per document in one thread: split %.1f, embed %.1f, "
                + "score %.1f, decide %.1f (%.1f documents per CPU-second); speakers %.1f more%n", nanos[0] / n,
                nanos[1] / n, nanos[2] / n, nanos[3] / n, 1000 / total, nanos[4] / n);
        out.flush();
    }

    /** The CPU time of the whole process: what this run got of a machine that other work shares. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double run(NarrativeClassifier c, List<Document> docs, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (Document d : docs) {
                futures.add(pool.submit(() -> c.classify(d)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    /** The corpus's words, in file order and repeated as needed, cut into documents of {@link #words} words. */
    private List<Document> documents(Path dir) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String w : TextReader.read(p).text().split("\\s+")) {
                    if (!w.isEmpty()) {
                        all.add(w);
                    }
                }
            }
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no .txt files with words in " + dir);
        }
        List<Document> out = new ArrayList<>();
        int at = 0;
        for (int d = 0; d < documents; d++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : " ").append(all.get(at++ % all.size()));
            }
            out.add(Document.of("bench-" + d, null, text.toString()));
        }
        return out;
    }
}
