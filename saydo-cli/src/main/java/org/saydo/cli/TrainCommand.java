package org.saydo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.saydo.evaluate.DocumentScore;
import org.saydo.evaluate.GoldReader;
import org.saydo.evaluate.Scorer;
import org.saydo.judge.Embedder;
import org.saydo.judge.JudgeTrainer;
import org.saydo.judge.MiniLmEmbedder;
import org.saydo.judge.ProposerModel;
import org.saydo.judge.ProposerTrainer;
import org.saydo.judge.Verdict;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import org.saydo.record.Event;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code saydo train}: trains the judge on annotated documents. Each gold file's documents are coded with the
 * dictionaries alone; each candidate the coder proposes gets the verdict the gold gives it (matched to a gold
 * event at dyad + root as {@code saydo evaluate} matches: {@code keep}, or {@code background} when the gold event
 * is background; matched to none: {@code drop}); a {@link JudgeTrainer} model is trained on them and written with
 * its provenance. A bad gold line is named and skipped as by {@code evaluate}. Exit 0 when every line was used,
 * 1 when any was skipped or nothing could be trained, 2 on bad usage.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the judge on annotated documents (gold JSON Lines as for evaluate).")
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "MODEL", description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("judge.model");

    @Option(names = "--epochs", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs = JudgeTrainer.Settings.DEFAULT.epochs();

    @Option(names = "--folds", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds = JudgeTrainer.Settings.DEFAULT.folds();

    @Option(names = "--seed", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
    long seed = JudgeTrainer.Settings.DEFAULT.seed();

    @Option(names = "--proposer", description = "Train the proposer (which names the act of the coder's open "
            + "candidates) instead of the judge, and print its out-of-sample figures on two halves of the documents.")
    boolean proposer;

    @Parameters(paramLabel = "GOLD.jsonl", arity = "1..*", description = "Gold files; documents beside each.")
    List<Path> golds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<Coder> dictionaries;
    private final Supplier<Embedder> embedder;

    /** The production command: the standard pipeline without a judge, the shared MiniLM embedder. */
    public TrainCommand() {
        this(() -> Pipelines.standard(List.of(), JudgeChoice.OFF), Pipelines::embedder);
    }

    /** The command with another coder and embedder, for tests. */
    public TrainCommand(Supplier<Coder> dictionaries, Supplier<Embedder> embedder) {
        this.dictionaries = dictionaries;
        this.embedder = embedder;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JudgeTrainer.Settings settings;
        try {
            settings = new JudgeTrainer.Settings(epochs, JudgeTrainer.Settings.DEFAULT.learningRate(), folds, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<JudgeTrainer.Sample> samples = new ArrayList<>();
        List<ProposerSamples.Labelled> open = new ArrayList<>();
        Map<String, String> info = new LinkedHashMap<>();
        info.put("command", "saydo train " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        int documents = 0;
        int bad = 0;
        Coder coder = null;
        for (Path gold : golds) {
            GoldReader.GoldFile file;
            try {
                file = new GoldReader().read(gold, gold.toAbsolutePath().getParent());
                info.put("gold " + gold.getFileName(), "sha256:" + org.saydo.judge.LinearModels.sha256(Files.readAllBytes(gold)));
            } catch (IOException | UncheckedIOException e) {
                err.println("saydo: " + gold + ": cannot read: " + e.getMessage());
                bad++;
                continue;
            }
            file.problems().forEach(p -> err.println("saydo: " + p));
            bad += file.problems().size();
            for (GoldReader.Entry entry : file.entries()) {
                if (coder == null) {
                    coder = dictionaries.get();
                }
                CodedDocument coded;
                try {
                    coded = coder.code(entry.document());
                } catch (RuntimeException e) {
                    err.println("saydo: " + gold + ":" + entry.gold().line() + ": cannot code " + entry.gold().doc()
                            + ": " + e);
                    bad++;
                    continue;
                }
                documents++;
                DocumentScore score = Scorer.score(entry.gold(), coded.events(), coded.quotes());
                if (proposer) {
                    open.addAll(ProposerSamples.label(entry.gold(), coded.open()));
                    open.addAll(ProposerSamples.matched(entry.gold(), score.matched()));
                    continue;
                }
                for (DocumentScore.Pair pair : score.matched()) {
                    samples.add(new JudgeTrainer.Sample(pair.system(), entry.document().published(),
                            pair.gold().background() ? Verdict.BACKGROUND : Verdict.KEEP));
                }
                for (Event e : score.spurious()) {
                    samples.add(new JudgeTrainer.Sample(e, entry.document().published(), Verdict.DROP));
                }
            }
        }
        err.flush();
        if (proposer) {
            return trainProposer(open, settings, info, documents, o, err) && bad == 0 ? 0 : 1;
        }
        JudgeTrainer.Result result;
        try {
            result = JudgeTrainer.train(samples, embedder.get(), MiniLmEmbedder.NAME, settings, info);
        } catch (IllegalArgumentException e) {
            err.println("saydo: cannot train: " + e.getMessage());
            return 1;
        }
        result.model().write(out);
        o.printf(Locale.ROOT, "train: %d documents, %d candidates (keep %d, background %d, drop %d), %d-fold "
                + "macro-F1=%.3f accuracy=%.3f, model %s -> %s%n", documents, samples.size(),
                result.counts().getOrDefault(Verdict.KEEP, 0), result.counts().getOrDefault(Verdict.BACKGROUND, 0),
                result.counts().getOrDefault(Verdict.DROP, 0), folds, result.cvMacroF1(), result.cvAccuracy(),
                org.saydo.judge.JudgeModel.read(out).version(), out);
        o.flush();
        return bad == 0 ? 0 : 1;
    }

    private boolean trainProposer(List<ProposerSamples.Labelled> open, JudgeTrainer.Settings settings,
            Map<String, String> info, int documents, PrintWriter o, PrintWriter err) throws IOException {
        Embedder e = embedder.get();
        ProposerTrainer.Result result;
        try {
            for (String line : ProposerSamples.halves(open, e, settings)) {
                o.println(line);
                info.put("out-of-sample " + line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 2));
            }
            result = ProposerTrainer.train(open.stream().map(ProposerSamples.Labelled::sample).toList(), e,
                    MiniLmEmbedder.NAME, settings, info);
        } catch (IllegalArgumentException x) {
            err.println("saydo: cannot train the proposer: " + x.getMessage());
            return false;
        }
        result.model().write(out);
        o.printf(Locale.ROOT, "train: %d documents, %d open candidates and %d matched dictionary events %s, "
                + "%d-fold macro-F1=%.3f accuracy=%.3f, proposer %s -> %s%n", documents,
                open.stream().filter(ProposerSamples.Labelled::open).count(),
                open.stream().filter(l -> !l.open()).count(), result.counts(), settings.folds(),
                result.cvMacroF1(), result.cvAccuracy(), ProposerModel.read(out).version(), out);
        o.flush();
        return true;
    }
}
