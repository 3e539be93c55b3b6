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
 * it and the taxonomy label it is closest to, or {@code new}. Reads files, not the record.
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

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Text files or directories of .txt files.")
    List<Path> paths = new ArrayList<>();

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

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format fmt = format != null ? format : System.console() != null ? Format.table : Format.jsonl;
        ClaimClusterer clusterer = new ClaimClusterer(similarity, minDocs);
        NarrativeModel model = options.model();
        var taxonomy = options.taxonomy();
        for (String label : model.labels()) {
            taxonomy.require(label, model.name());
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        List<ClaimClusterer.Claim> claims = new ArrayList<>();
        int failed = 0;
        for (Path f : files) {
            Document d;
            try {
                d = TextReader.read(f);
            } catch (BadDocumentException e) {
                err.println("saydo: " + e.getMessage());
                failed++;
                continue;
            }
            List<ParsedSentence> sentences = splitter.get().split(d).stream()
                    .filter(s -> s.text().strip().split("\\s+").length >= minWords).toList();
            List<float[]> vectors = embedder.get().embed(sentences.stream().map(ParsedSentence::text).toList());
            for (int i = 0; i < sentences.size(); i++) {
                claims.add(new ClaimClusterer.Claim(d.source(), sentences.get(i).index(),
                        sentences.get(i).text().replaceAll("\\s+", " ").strip(), d.published(), vectors.get(i)));
            }
        }
        List<ClaimClusterer.Cluster> clusters = clusterer.cluster(claims);
        ObjectMapper json = new ObjectMapper();
        for (ClaimClusterer.Cluster c : clusters) {
            Map.Entry<String, Double> nearest = model.scores(c.centroid()).entrySet().stream()
                    .filter(e -> !e.getKey().equals(NarrativeModel.NONE)).max(Map.Entry.comparingByValue())
                    .orElse(Map.entry("new", 0.0));
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
                for (ClaimClusterer.Claim x : c.claims().subList(0, Math.min(5, c.claims().size()))) {
                    out.println("  - " + x.doc() + " #" + x.sentence() + ": " + (x.text().length() > 120
                            ? x.text().substring(0, 117) + "..." : x.text()));
                }
            }
        }
        err.printf(Locale.ROOT, "narratives discover: %d documents, %d claims, %d clusters in %d or more documents%n",
                files.size() - failed, claims.size(), clusters.size(), minDocs);
        return failed > 0 ? 1 : 0;
    }
}
