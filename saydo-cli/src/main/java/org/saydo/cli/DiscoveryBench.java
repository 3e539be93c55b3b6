package org.saydo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.saydo.doc.BadDocumentException;
import org.saydo.doc.TextReader;
import org.saydo.judge.Embedder;
import org.saydo.narratives.ClaimClusterer;
import org.saydo.narratives.NarrativeModel;
import org.saydo.nlp.ParsedSentence;

/**
 * The discovery benchmark of {@code saydo narratives bench --discover}: how long {@code narratives discover} takes
 * to cluster and label many claims once they are embedded, and how fast the claims are embedded.
 *
 * <p>The claims are synthetic, built from real sentence vectors so that they lie where MiniLM puts sentences: the
 * corpus's sentences of six words or more are embedded; a proposition is the normalised weighted sum of two of
 * them (random weights 0.2–1); a claim is a proposition plus isotropic noise (cosine about 0.85 to it, as a
 * paraphrase). 60% of the claims are said once (a proposition of their own); the other 40% say one of 5,000
 * recurring propositions, chosen with Zipf popularity (exponent 0.8). Claims come 20 to a document, documents one
 * day apart from 2024-01-01 cycling over 26 weeks. Seeded: the same claims on every run.
 */
final class DiscoveryBench {

    private static final int RECURRING = 5_000;
    private static final double SAID_ONCE = 0.6;
    private static final int PER_DOCUMENT = 20;
    private static final double NOISE = 0.62; // |noise| for a unit proposition: cosine 1 / sqrt(1 + 0.62^2) = 0.85

    private final PrintWriter out;

    DiscoveryBench(PrintWriter out) {
        this.out = out;
    }

    void run(List<Path> dirs, int count, int check) throws IOException {
        List<String> sentences = sentences(dirs);
        Embedder embedder = Pipelines.sentenceModel();
        int threads = Runtime.getRuntime().availableProcessors();
        NarrativesDiscoverCommand.embed(embedder, sentences.subList(0, Math.min(64, sentences.size())), 1);
        long t0 = System.nanoTime();
        List<float[]> base = NarrativesDiscoverCommand.embed(embedder, sentences, threads);
        double embedSeconds = (System.nanoTime() - t0) / 1e9;
        double rate = sentences.size() / embedSeconds;
        out.printf(Locale.ROOT, "narratives bench --discover: %d cores; embedded %d sentences of %s on %d threads in "
                + "%.1f s (%.0f sentences/s: %d claims would take %.0f s)%n", threads, sentences.size(), dirs, threads,
                embedSeconds, rate, count, count / rate);
        out.flush();
        List<ClaimClusterer.Claim> claims = claims(base, count);
        vectorFile(claims);
        record(claims);
        NarrativeModel model = NarrativeModel.standard();
        ClaimClusterer clusterer = new ClaimClusterer(0.65, 3);
        for (int round = 0; round < 2; round++) { // the first round warms up
            long cpu0 = processCpu();
            long w0 = System.nanoTime();
            List<ClaimClusterer.Cluster> clusters = clusterer.cluster(claims);
            long w1 = System.nanoTime();
            int known = 0;
            for (ClaimClusterer.Cluster c : clusters) {
                var nearest = NarrativesDiscoverCommand.nearest(model, c.centroid());
                known += nearest.getValue() >= model.subnarrativeThreshold() ? 1 : 0;
            }
            long w2 = System.nanoTime();
            double cpu = (processCpu() - cpu0) / 1e9;
            out.printf(Locale.ROOT, "narratives bench --discover: %s%d claims in %d documents: clustered in %.1f s, "
                    + "%d clusters in 3 or more documents labelled in %.1f s (%d near a taxonomy label); %.1f s "
                    + "wall, %.1f s CPU%n", round == 0 ? "(warm-up) " : "", claims.size(),
                    (claims.size() + PER_DOCUMENT - 1) / PER_DOCUMENT, (w1 - w0) / 1e9, clusters.size(),
                    (w2 - w1) / 1e9, known, (w2 - w0) / 1e9, cpu);
            out.flush();
        }
        if (check > 0) {
            List<ClaimClusterer.Claim> first = claims.subList(0, Math.min(check, claims.size()));
            long w0 = System.nanoTime();
            int[] exact = new ClaimClusterer(0.65, 3, Integer.MAX_VALUE).assign(first);
            long w1 = System.nanoTime();
            int[] indexed = new ClaimClusterer(0.65, 3, 0).assign(first);
            long w2 = System.nanoTime();
            int[] exactLeader = leaders(exact);
            int[] indexedLeader = leaders(indexed);
            int same = 0;
            for (int i = 0; i < first.size(); i++) {
                same += exactLeader[exact[i]] == indexedLeader[indexed[i]] ? 1 : 0;
            }
            out.printf(Locale.ROOT, "narratives bench --discover: first %d claims: exact search %.1f s, %d clusters; "
                    + "index %.1f s, %d clusters; %.2f%% of claims in a cluster with the same first claim%n",
                    first.size(), (w1 - w0) / 1e9, exactLeader.length, (w2 - w1) / 1e9, indexedLeader.length,
                    100.0 * same / first.size());
            out.flush();
        }
    }

    /** How long a later run takes to read the claims' vectors from a {@code --vectors} file instead of embedding. */
    private void vectorFile(List<ClaimClusterer.Claim> claims) throws IOException {
        java.util.Map<String, float[]> byText = new java.util.HashMap<>();
        claims.forEach(c -> byText.put(c.text(), c.vector()));
        Embedder given = new Embedder() {
            @Override
            public int dimension() {
                return claims.get(0).vector().length;
            }

            @Override
            public List<float[]> embed(List<String> sentences) {
                return sentences.stream().map(byText::get).toList();
            }
        };
        Path file = Files.createTempFile("saydo-bench", ".vectors");
        try {
            List<String> texts = claims.stream().map(ClaimClusterer.Claim::text).toList();
            org.saydo.narratives.VectorFileEmbedder first = new org.saydo.narratives.VectorFileEmbedder(given, file,
                    "bench");
            first.embed(texts);
            first.save();
            long t0 = System.nanoTime();
            org.saydo.narratives.VectorFileEmbedder again = new org.saydo.narratives.VectorFileEmbedder(given, file,
                    "bench");
            again.embed(texts);
            out.printf(Locale.ROOT, "narratives bench --discover: a later run reads the %d claims' vectors from a "
                    + "--vectors file (%.0f MB) in %.1f s%n", again.size(), Files.size(file) / 1e6,
                    (System.nanoTime() - t0) / 1e9);
            out.flush();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * How long {@code narratives discover --db} takes over a record that holds the claims with their vectors (as
     * {@code ingest} stores them): the claims are written into a new DuckDB record, 20 claim sentences a document,
     * then the command runs over it with an embedder that refuses to embed (every vector must come from the record).
     */
    private void record(List<ClaimClusterer.Claim> claims) throws IOException {
        Path dir = Files.createTempDirectory("saydo-bench-record");
        Path file = dir.resolve("claims.duckdb");
        try {
            long t0 = System.nanoTime();
            try (org.saydo.store.RecordStore store = org.saydo.store.RecordStore.open(file.toString(),
                    org.saydo.store.CameoTable.NONE)) {
                List<org.saydo.record.CodedDocument> docs = new ArrayList<>();
                java.util.Map<String, org.saydo.store.StoredNarratives> narratives = new java.util.HashMap<>();
                for (int from = 0; from < claims.size(); from += PER_DOCUMENT) {
                    List<ClaimClusterer.Claim> mine = claims.subList(from, Math.min(claims.size(), from + PER_DOCUMENT));
                    StringBuilder text = new StringBuilder();
                    List<org.saydo.store.StoredNarratives.ClaimSentence> said = new ArrayList<>();
                    for (ClaimClusterer.Claim c : mine) {
                        int start = text.length();
                        text.append(c.text()).append(". ");
                        said.add(new org.saydo.store.StoredNarratives.ClaimSentence(said.size(), start,
                                start + c.text().length() + 1, c.text() + ".", org.saydo.store.StoredNarratives.Kind.OPINION,
                                null, c.vector()));
                    }
                    String t = text.toString().strip();
                    org.saydo.doc.Document d = new org.saydo.doc.Document(org.saydo.doc.Document.idOf(t),
                            mine.get(0).doc(), null, "bench", null, mine.get(0).date(), t);
                    docs.add(new org.saydo.record.CodedDocument(d, said.size(), List.of(), List.of()));
                    narratives.put(d.id(), new org.saydo.store.StoredNarratives("bench", List.of(
                            new org.saydo.store.StoredNarratives.Label("Other", "Other", false),
                            new org.saydo.store.StoredNarratives.Label("Other", "Other", true)), List.of(),
                            org.saydo.judge.MiniLmEmbedder.NAME, said));
                    if (docs.size() == 500 || from + PER_DOCUMENT >= claims.size()) {
                        store.storeAll(docs, org.saydo.store.LinkRule.standard(), narratives);
                        docs.clear();
                        narratives.clear();
                    }
                }
            }
            double written = (System.nanoTime() - t0) / 1e9;
            long r0 = System.nanoTime();
            int read;
            try (org.saydo.store.RecordReader reader = org.saydo.store.RecordReader.open(
                    org.saydo.store.StoreLocation.parse(file.toString()))) {
                read = reader.narratives().recordClaims(null, null).size();
            }
            double readSeconds = (System.nanoTime() - r0) / 1e9;
            Embedder refusing = new Embedder() {
                @Override
                public int dimension() {
                    return claims.get(0).vector().length;
                }

                @Override
                public List<float[]> embed(List<String> sentences) {
                    throw new IllegalStateException("the benchmark's record holds every vector; asked to embed "
                            + sentences.size());
                }
            };
            java.io.StringWriter err = new java.io.StringWriter();
            picocli.CommandLine line = new picocli.CommandLine(new NarrativesDiscoverCommand(Pipelines::splitter,
                    () -> refusing));
            line.setOut(new PrintWriter(java.io.Writer.nullWriter()));
            line.setErr(new PrintWriter(err, true));
            long cpu0 = processCpu();
            long w0 = System.nanoTime();
            int exit = line.execute("--db", file.toString(), "--min-docs", "3", "--format", "jsonl");
            double wall = (System.nanoTime() - w0) / 1e9;
            double cpu = (processCpu() - cpu0) / 1e9;
            if (exit != 0) {
                throw new IllegalStateException("narratives discover --db failed: " + err);
            }
            out.printf(Locale.ROOT, "narratives bench --discover: a record of %d documents holding the %d claims with "
                    + "their vectors (%.0f MB, written in %.1f s): the claims and vectors read back in %.1f s; "
                    + "narratives discover --db %.1f s wall, %.1f s CPU (%s)%n", (claims.size() + PER_DOCUMENT - 1)
                    / PER_DOCUMENT, read, Files.size(file) / 1e6, written, readSeconds, wall, cpu,
                    err.toString().strip().replace(System.lineSeparator(), "; "));
            out.flush();
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Per cluster, its first claim. */
    private static int[] leaders(int[] assigned) {
        int k = 0;
        for (int a : assigned) {
            k = Math.max(k, a + 1);
        }
        int[] first = new int[k];
        java.util.Arrays.fill(first, -1);
        for (int i = 0; i < assigned.length; i++) {
            if (first[assigned[i]] < 0) {
                first[assigned[i]] = i;
            }
        }
        return first;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The distinct sentences of six words or more of the directories' .txt files. */
    private static List<String> sentences(List<Path> dirs) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        for (Path f : files) {
            try {
                for (ParsedSentence s : Pipelines.splitter().split(TextReader.read(f))) {
                    String text = s.text().replaceAll("\\s+", " ").strip();
                    if (text.split(" ").length >= 6) {
                        out.add(text);
                    }
                }
            } catch (BadDocumentException e) {
                // not a sentence source; the benchmark needs only some
            }
        }
        if (out.size() < 3) {
            throw new IllegalArgumentException("fewer than 3 sentences of six words or more in " + dirs);
        }
        return List.copyOf(out);
    }

    private static List<ClaimClusterer.Claim> claims(List<float[]> base, int count) {
        Random random = new Random(20_24);
        int dim = base.get(0).length;
        float[][] recurring = new float[RECURRING][];
        for (int p = 0; p < RECURRING; p++) {
            recurring[p] = proposition(base, random);
        }
        double[] cumulative = new double[RECURRING];
        double total = 0;
        for (int r = 0; r < RECURRING; r++) {
            total += Math.pow(r + 1, -0.8);
            cumulative[r] = total;
        }
        List<ClaimClusterer.Claim> out = new ArrayList<>(count);
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < count; i++) {
            float[] p;
            if (random.nextDouble() < SAID_ONCE) {
                p = proposition(base, random);
            } else {
                int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * total);
                p = recurring[Math.min(RECURRING - 1, at < 0 ? -at - 1 : at)];
            }
            float[] v = new float[dim];
            double sigma = NOISE / Math.sqrt(dim);
            for (int d = 0; d < dim; d++) {
                v[d] = (float) (p[d] + sigma * random.nextGaussian());
            }
            int doc = i / PER_DOCUMENT;
            out.add(new ClaimClusterer.Claim("bench-" + doc, i % PER_DOCUMENT, "claim " + i,
                    start.plusDays(doc % 182), v));
        }
        return out;
    }

    private static float[] proposition(List<float[]> base, Random random) {
        int dim = base.get(0).length;
        double[] sum = new double[dim];
        for (int k = 0; k < 2; k++) {
            float[] v = base.get(random.nextInt(base.size()));
            double w = 0.2 + 0.8 * random.nextDouble();
            for (int d = 0; d < dim; d++) {
                sum[d] += w * v[d];
            }
        }
        double norm = 0;
        for (double x : sum) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[dim];
        for (int d = 0; d < dim; d++) {
            out[d] = (float) (sum[d] / norm);
        }
        return out;
    }
}
