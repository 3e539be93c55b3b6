package org.saydo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.saydo.doc.BadDocumentException;
import org.saydo.doc.Document;
import org.saydo.doc.TextReader;
import org.saydo.judge.Embedder;
import org.saydo.narratives.ClaimClusterer;
import org.saydo.narratives.NarrativeModel;
import org.saydo.narratives.TaxonomyPromotion;
import org.saydo.store.RecordStore;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.SentenceSplitter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code saydo narratives discover}: recurring propositions across documents (paraphrases, not only copies), each
 * with an id, its most central sentence as its name, first-seen date, volume per week, the documents that voice
 * it and the taxonomy label it is closest to, or {@code new}. Reads files, or with {@code --db} the record's claims
 * (quotes, reported speech, opinion sentences, with the vectors stored at ingest: {@link
 * org.saydo.store.NarrativeReads#recordClaims}), and then also gives the actors and outlets that voice each
 * cluster. With
 * {@code --promote ID=LABEL --into FILE} an analyst names a cluster and adds it to a user taxonomy file
 * ({@link TaxonomyPromotion}).
 */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = "Cluster the sentences of plain-text documents into recurring claims across documents.")
public final class NarrativesDiscoverCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { table, jsonl }

    @Mixin
    NarrativeOptions options = new NarrativeOptions();

    @Option(names = "--min-docs", defaultValue = "3",
            description = "Report a claim voiced in at least this many documents (default: ${DEFAULT-VALUE}).")
    int minDocs;

    @Option(names = "--similarity", defaultValue = "0.65", description = "Smallest cosine similarity of a sentence "
            + "to a cluster's centroid for it to join (default: ${DEFAULT-VALUE}).")
    double similarity;

    @Option(names = "--min-words", defaultValue = "6",
            description = "Shorter sentences are not claims (default: ${DEFAULT-VALUE}).")
    int minWords;

    @Option(names = "--format", paramLabel = "table|jsonl", description = "Output format (default: table on a "
            + "terminal, jsonl otherwise).")
    Format format;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Text files or directories of .txt files.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--db", paramLabel = "FILE", arity = "0..1", fallbackValue = RecordStore.DEFAULT_FILE,
            description = "Cluster the record's claims instead of files (default file: " + RecordStore.DEFAULT_FILE
                    + ").")
    String db;

    /** Publication dates. */
    @Mixin
    DateRange dates = new DateRange();

    @Option(names = "--vectors", paramLabel = "FILE", description = "Keep the claims' vectors in FILE between runs: "
            + "sentences it holds are not embedded again, new ones are added (created when missing).")
    Path vectorFile;

    @Option(names = "--promote", paramLabel = "ID=LABEL", description = "Name cluster ID with LABEL ('DOMAIN: "
            + "narrative' or 'DOMAIN: narrative: sub-narrative') and add it to the --into taxonomy file.")
    Map<String, String> promote = new java.util.LinkedHashMap<>();

    @Option(names = "--into", paramLabel = "FILE", description = "The user taxonomy file --promote adds to "
            + "(created as a copy of the taxonomy in use when missing).")
    Path into;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final SentenceSplitterSupplier splitter;
    private final java.util.function.Supplier<Embedder> embedder;

    /** Supplies the sentence splitter (lazily: CoreNLP loads on first use). */
    @FunctionalInterface
    public interface SentenceSplitterSupplier {
        SentenceSplitter get();
    }

    public NarrativesDiscoverCommand() {
        this(Pipelines::splitter, Pipelines::embedder);
    }

    /** The command with another splitter and embedder, for tests. */
    public NarrativesDiscoverCommand(SentenceSplitterSupplier splitter, java.util.function.Supplier<Embedder> embedder) {
        this.splitter = splitter;
        this.embedder = embedder;
    }

    /** The name of the sentence model {@code embedder} runs: the record's vectors of that model are used as stored. */
    private final String embedderName = org.saydo.judge.MiniLmEmbedder.NAME;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format fmt = format != null ? format : System.console() != null ? Format.table : Format.jsonl;
        if ((db == null) == paths.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either PATH... or --db, not "
                    + (db == null ? "neither" : "both"));
        }
        if (!promote.isEmpty() && into == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--promote needs --into FILE");
        }
        dates.check(spec);
        java.time.LocalDate fromDate = dates.from();
        java.time.LocalDate toDate = dates.to();
        ClaimClusterer clusterer = new ClaimClusterer(similarity, minDocs);
        NarrativeModel model = options.model();
        var taxonomy = options.taxonomy();
        for (String label : model.labels()) {
            taxonomy.require(label, model.name());
        }
        org.saydo.narratives.VectorFileEmbedder remembered;
        try {
            remembered = vectorFile == null ? null : new org.saydo.narratives.VectorFileEmbedder(embedder.get(),
                    vectorFile, org.saydo.judge.MiniLmEmbedder.NAME);
        } catch (org.saydo.narratives.NarrativeException e) {
            err.println("saydo: " + e.getMessage());
            return 1;
        }
        java.util.function.Supplier<Embedder> embedder = remembered == null ? this.embedder : () -> remembered;
        int before = remembered == null ? 0 : remembered.size();
        List<Path> files = new ArrayList<>();
        List<ClaimClusterer.Claim> claims = new ArrayList<>();
        Map<String, String[]> voices = new java.util.HashMap<>(); // doc#sentence -> actor, outlet
        int failed = 0;
        if (db != null) {
            List<org.saydo.store.NarrativeReads.RecordClaim> stored;
            try (org.saydo.store.RecordReader reader = org.saydo.store.RecordReader.open(
                    org.saydo.store.StoreLocation.parse(db))) {
                stored = reader.narratives().recordClaims(fromDate, toDate);
            } catch (org.saydo.store.StoreException e) {
                err.println("saydo: " + e.getMessage());
                return 1;
            }
            List<float[]> vectors = vectorsOf(stored, embedder, err);
            for (int i = 0; i < stored.size(); i++) {
                var c = stored.get(i);
                claims.add(new ClaimClusterer.Claim(c.doc(), c.sentence(), c.text().replaceAll("\\s+", " ").strip(),
                        c.published(), vectors.get(i)));
                voices.put(c.doc() + "#" + c.sentence(), new String[] {c.speakerCode(), c.outlet()});
            }
        }
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        if (!files.isEmpty()) {
            SentenceSplitter split = splitter.get();
            Embedder embed = embedder.get();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads());
            try {
                List<java.util.concurrent.Future<List<ClaimClusterer.Claim>>> perFile = new ArrayList<>();
                for (Path f : files) {
                    perFile.add(pool.submit(() -> claimsOf(f, split, embed, fromDate, toDate)));
                }
                for (int i = 0; i < files.size(); i++) {
                    try {
                        claims.addAll(perFile.get(i).get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        if (!(e.getCause() instanceof BadDocumentException bad)) {
                            throw new IllegalStateException(files.get(i) + ": " + e.getCause(), e.getCause());
                        }
                        err.println("saydo: " + bad.getMessage());
                        failed++;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted", e);
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
        if (remembered != null) {
            int added = remembered.save();
            err.printf(Locale.ROOT, "narratives discover: %s: %d vectors read, %d embedded and added%n", vectorFile,
                    before, added);
        }
        List<ClaimClusterer.Cluster> clusters = clusterer.cluster(claims);
        Map<String, ClaimClusterer.Cluster> byId = new java.util.HashMap<>();
        clusters.forEach(c -> byId.put(c.id(), c));
        for (String id : promote.keySet()) {
            if (!byId.containsKey(id)) {
                err.println("saydo: --promote: no cluster " + id + " in this run (nothing promoted)");
                return 1;
            }
        }
        for (Map.Entry<String, String> p : promote.entrySet()) {
            ClaimClusterer.Cluster c = byId.get(p.getKey());
            try {
                taxonomy = TaxonomyPromotion.promote(into, taxonomy, p.getValue(), "promoted from cluster " + c.id()
                        + " (" + c.documents().size() + " documents, first seen " + c.firstSeen() + "): \""
                        + c.name() + "\"");
            } catch (org.saydo.narratives.NarrativeException e) {
                err.println("saydo: " + e.getMessage());
                return 1;
            }
            err.println("saydo: " + into + ": added '" + p.getValue().strip() + "' (cluster " + c.id() + ")");
        }
        ObjectMapper json = new ObjectMapper();
        for (ClaimClusterer.Cluster c : clusters) {
            Map<String, Long> actors = new java.util.TreeMap<>();
            Map<String, Long> outlets = new java.util.TreeMap<>();
            for (ClaimClusterer.Claim x : c.claims()) {
                String[] v = voices.get(x.doc() + "#" + x.sentence());
                if (v != null && v[0] != null) {
                    actors.merge(v[0], 1L, Long::sum);
                }
                if (v != null && v[1] != null) {
                    outlets.merge(v[1], 1L, Long::sum);
                }
            }
            Map.Entry<String, Double> nearest = nearest(model, c.centroid());
            boolean known = nearest.getValue() >= model.subnarrativeThreshold();
            String label = known ? nearest.getKey() : "new";
            if (fmt == Format.jsonl) {
                ObjectNode o = json.createObjectNode();
                o.put("id", c.id());
                o.put("name", c.name());
                o.put("documents", c.documents().size());
                o.put("claims", c.claims().size());
                o.put("first_seen", c.firstSeen() == null ? null : c.firstSeen().toString());
                ObjectNode weeks = o.putObject("per_week");
                c.perWeek().forEach(weeks::put);
                o.put("label", label);
                o.put("nearest_label", nearest.getKey());
                o.put("nearest_score", java.math.BigDecimal.valueOf(nearest.getValue()).setScale(3,
                        java.math.RoundingMode.HALF_UP));
                if (db != null) {
                    ObjectNode a = o.putObject("actors");
                    byCount(actors).forEach(e -> a.put(e.getKey(), e.getValue()));
                    ObjectNode ou = o.putObject("outlets");
                    byCount(outlets).forEach(e -> ou.put(e.getKey(), e.getValue()));
                }
                var docs = o.putArray("docs");
                c.documents().forEach(docs::add);
                var ex = o.putArray("claims_text");
                for (ClaimClusterer.Claim x : c.claims()) {
                    ex.addObject().put("doc", x.doc()).put("sentence", x.sentence()).put("text", x.text());
                }
                o.put("model", model.version());
                out.println(json.writeValueAsString(o));
            } else {
                out.printf(Locale.ROOT, "%s  %d documents, %d claims, first seen %s, label %s%n", c.id(),
                        c.documents().size(), c.claims().size(), c.firstSeen() == null ? "-" : c.firstSeen(),
                        known ? label : "new (nearest: " + nearest.getKey() + String.format(Locale.ROOT, " %.2f)",
                                nearest.getValue()));
                out.println("  \"" + c.name() + "\"");
                out.println("  per week: " + c.perWeek());
                if (db != null) {
                    out.println("  actors: " + byCount(actors) + "; outlets: " + byCount(outlets));
                }
                for (ClaimClusterer.Claim x : c.claims().subList(0, Math.min(5, c.claims().size()))) {
                    out.println("  - " + x.doc() + " #" + x.sentence() + ": " + (x.text().length() > 120
                            ? x.text().substring(0, 117) + "..." : x.text()));
                }
            }
        }
        err.printf(Locale.ROOT, "narratives discover: %d documents, %d claims, %d clusters in %d or more documents%n",
                db != null ? claims.stream().map(ClaimClusterer.Claim::doc).distinct().count() : files.size() - failed,
                claims.size(), clusters.size(), minDocs);
        return failed > 0 ? 1 : 0;
    }

    /**
     * The vectors of the record's claims: the stored ones (of the sentence model this command embeds with), and
     * the others embedded now (claims of documents labelled before the record kept vectors).
     */
    private List<float[]> vectorsOf(List<org.saydo.store.NarrativeReads.RecordClaim> stored,
            java.util.function.Supplier<Embedder> embedder, PrintWriter err) {
        List<float[]> vectors = new ArrayList<>(java.util.Collections.nCopies(stored.size(), (float[]) null));
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            var c = stored.get(i);
            if (c.vector() != null && embedderName.equals(c.embedder())) {
                vectors.set(i, c.vector());
            } else {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> computed = embed(embedder.get(), missing.stream().map(i -> stored.get(i).text()).toList(),
                    threads());
            for (int k = 0; k < missing.size(); k++) {
                vectors.set(missing.get(k), computed.get(k));
            }
        }
        err.printf(Locale.ROOT, "narratives discover: %d claims' vectors read from the record, %d embedded%n",
                stored.size() - missing.size(), missing.size());
        return vectors;
    }

    /** The claims of one file (sentences of {@link #minWords} words or more), none when it is out of the dates. */
    private List<ClaimClusterer.Claim> claimsOf(Path f, SentenceSplitter split, Embedder embed,
            java.time.LocalDate fromDate, java.time.LocalDate toDate) {
        Document d = TextReader.read(f);
        if (d.published() != null && (fromDate != null && d.published().isBefore(fromDate)
                || toDate != null && d.published().isAfter(toDate))) {
            return List.of();
        }
        List<ParsedSentence> sentences = split.split(d).stream()
                .filter(s -> s.text().strip().split("\\s+").length >= minWords).toList();
        List<float[]> vectors = embed.embed(sentences.stream().map(ParsedSentence::text).toList());
        List<ClaimClusterer.Claim> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            out.add(new ClaimClusterer.Claim(d.source(), sentences.get(i).index(),
                    sentences.get(i).text().replaceAll("\\s+", " ").strip(), d.published(), vectors.get(i)));
        }
        return out;
    }

    private static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The sentences' vectors, in order, embedded in chunks of 64 on {@code threads} threads (the sentence model
     * runs each call in its caller's thread).
     */
    static List<float[]> embed(Embedder embedder, List<String> sentences, int threads) {
        int chunk = 64;
        if (threads <= 1 || sentences.size() <= chunk) {
            return embedder.embed(sentences);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<List<float[]>>> parts = new ArrayList<>();
            for (int from = 0; from < sentences.size(); from += chunk) {
                List<String> part = sentences.subList(from, Math.min(sentences.size(), from + chunk));
                parts.add(pool.submit(() -> embedder.embed(part)));
            }
            List<float[]> out = new ArrayList<>(sentences.size());
            for (java.util.concurrent.Future<List<float[]>> f : parts) {
                out.addAll(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The taxonomy label the model scores highest on a cluster's centroid ({@code none} left out), and its score. */
    static Map.Entry<String, Double> nearest(NarrativeModel model, float[] centroid) {
        return model.scores(centroid).entrySet().stream().filter(e -> !e.getKey().equals(NarrativeModel.NONE))
                .max(Map.Entry.comparingByValue()).orElse(Map.entry("new", 0.0));
    }

    /** Counts, most first, then by name. */
    private static List<Map.Entry<String, Long>> byCount(Map<String, Long> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).toList();
    }
}
