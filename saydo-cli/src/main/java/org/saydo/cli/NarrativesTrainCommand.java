package org.saydo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.saydo.judge.MiniLmEmbedder;
import org.saydo.narratives.Examples;
import org.saydo.narratives.NarrativeClassifier;
import org.saydo.narratives.NarrativeEvaluation;
import org.saydo.narratives.NarrativeTrainer;
import org.saydo.narratives.Taxonomy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code saydo narratives train}: trains the narrative model on the team's examples, tunes its two thresholds on
 * labelled development documents when {@code --dev} names them, and writes it with its provenance.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the narrative classifier on the examples and write the model with its provenance.")
public final class NarrativesTrainCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "MODEL", defaultValue = "narratives.model",
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--examples", paramLabel = "DIR",
            description = "A directory of NN-slug.jsonl example files (default: the shipped examples).")
    Path examples;

    @Option(names = "--taxonomy", paramLabel = "FILE", description = "A taxonomy file (default: the shipped one).")
    Path taxonomy;

    @Option(names = "--background", paramLabel = "DIR",
            description = "Plain-text reports whose sentences are taken to carry no narrative (repeatable).")
    List<Path> background = new ArrayList<>();

    @Option(names = "--dev", paramLabel = "LABELS.jsonl",
            description = "Gold labels of development documents to tune the thresholds on (repeatable).")
    List<Path> dev = new ArrayList<>();

    @Option(names = "--docs", paramLabel = "DIR", description = "Where the --dev documents are (default: beside "
            + "each labels file).")
    Path docs;

    @Option(names = "--epochs", defaultValue = "20", description = "Passes over the examples (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--learning-rate", defaultValue = "0.5", description = "AdaGrad's rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--none-weight", defaultValue = "30", description = "Weight of the class 'none' (negatives "
            + "and background) against one label's balanced share (default: ${DEFAULT-VALUE}).")
    double noneWeight;

    @Option(names = "--seed", defaultValue = "42", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Tribuo logs every few iterations through java.util.logging; held so the level sticks. */
    private static final java.util.logging.Logger TRIBUO = java.util.logging.Logger.getLogger("org.tribuo");

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        TRIBUO.setLevel(java.util.logging.Level.SEVERE);
        Taxonomy t = taxonomy == null ? Taxonomy.standard() : Taxonomy.read(taxonomy);
        List<Examples.Example> ex = examples == null ? Examples.standard(t) : Examples.read(examples, t);
        List<String> backgroundSentences = backgroundSentences();
        NarrativeTrainer.Settings settings = new NarrativeTrainer.Settings(epochs, learningRate, 5, seed,
                noneWeight);
        Map<String, String> info = new LinkedHashMap<>();
        info.put("command", "saydo narratives train" + (examples == null ? "" : " --examples " + examples)
                + background.stream().map(p -> " --background " + p).collect(java.util.stream.Collectors.joining())
                + dev.stream().map(p -> " --dev " + p).collect(java.util.stream.Collectors.joining()) + String.format(Locale.ROOT,
                        " --epochs %d --learning-rate %s --none-weight %s --seed %d", epochs, learningRate, noneWeight, seed));
        info.put("examples_from", examples == null ? "saydo-narratives:" + Examples.DEFAULT_RESOURCE
                : examples.toString());
        info.put("taxonomy", t.name());
        NarrativeTrainer.Result result = NarrativeTrainer.train(ex, backgroundSentences, Pipelines.embedder(), MiniLmEmbedder.NAME,
                settings, NarrativeTrainer.Thresholds.DEFAULT, info);
        o.printf(Locale.ROOT, "narratives train: %d background sentences from %s%n", backgroundSentences.size(),
                background);
        o.printf(Locale.ROOT, "narratives train: %d examples, %d classes, 5-fold passage-level macro-F1=%.3f "
                + "accuracy=%.3f%n", ex.size(), result.counts().size(), result.cvMacroF1(), result.cvAccuracy());
        if (!dev.isEmpty()) {
            LabelledDocuments d = LabelledDocuments.read(dev, docs, t);
            NarrativeClassifier c = Pipelines.narratives(t, result.model(), false);
            List<NarrativeClassifier.Scored> scored = d.documents().stream().map(c::score).toList();
            NarrativeTrainer.Thresholds tuned = NarrativeEvaluation.tune(c, scored, d.gold(), d.description());
            o.printf(Locale.ROOT, "narratives train: thresholds sub-narrative=%.2f narrative=%.2f, %s%n",
                    tuned.subnarrative(), tuned.narrative(), tuned.basis());
            result = NarrativeTrainer.train(ex, backgroundSentences, Pipelines.embedder(), MiniLmEmbedder.NAME, settings, tuned, info);
        }
        result.model().write(out);
        o.println("narratives train: wrote " + out + " (version " + org.saydo.narratives.NarrativeModel.read(out)
                .version() + ")");
        return 0;
    }

    /** The sentences of every .txt file in the background directories, files in name order. */
    private List<String> backgroundSentences() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path dir : background) {
            List<Path> files;
            try (var s = java.nio.file.Files.list(dir)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                var d = org.saydo.doc.TextReader.read(f);
                for (var sentence : Pipelines.splitter().split(d)) {
                    String text = sentence.text().strip();
                    if (text.split("\\s+").length >= 5) {
                        out.add(text);
                    }
                }
            }
        }
        return out;
    }
}
