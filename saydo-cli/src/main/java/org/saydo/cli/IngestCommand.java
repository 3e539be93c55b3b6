package org.saydo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.saydo.nlp.Budget;
import org.saydo.record.Coder;
import org.saydo.store.CameoTable;
import org.saydo.store.Ingester;
import org.saydo.store.LinkRule;
import org.saydo.store.Progress;
import org.saydo.store.RecordStore;
import org.saydo.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code saydo ingest}: adds documents (files, directories, JSON Lines, feeds) and GDELT exports to the record.
 * Exit 0 when everything was read, 1 when a document failed or the store failed, 2 on bad usage. Not
 * thread-safe; one instance per run.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Add documents to the record: idempotent (a stored text is not added again) and resumable.",
            "Reads .txt, .html/.htm, .jsonl, RSS/Atom feeds (.rss, .atom, .xml), GDELT 2.0 exports (*.export.CSV)",
            "and directories of them, recursively."})
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--outlet", paramLabel = "NAME",
            description = "the outlet of documents that do not name one themselves")
    String outlet;

    @Option(names = "--threads", paramLabel = "N", description = "coding workers (default: all cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--merge-days", paramLabel = "N", description = "days apart two reports of one event may be "
            + "dated (default: ${DEFAULT-VALUE})")
    int mergeDays = LinkRule.DEFAULT_MERGE_DAYS;

    @Parameters(arity = "1..*", paramLabel = "PATH|FEED", description = "files and directories to ingest")
    List<Path> paths;

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    @Mixin
    JudgeOptions judge = new JudgeOptions();

    private final CoderFactory coders;
    private final CameoTable cameo;

    @Mixin
    NarrativeLabelling narratives = new NarrativeLabelling();

    /** This command, labelling narratives with {@code labeller} (null for none). */
    IngestCommand withNarratives(org.saydo.store.StoredNarratives.Labeller labeller) {
        narratives.labeller = labeller;
        return this;
    }

    /**
     * @param coder builds the coding chain within the budget the options give (whatever the judge options say),
     *     once, when there is something to code
     * @param cameo the CAMEO table whose names, QuadClass, Goldstein and PLOVER columns are stored
     */
    public IngestCommand(Function<Budget, Coder> coder, CameoTable cameo) {
        this((actors, limits, choice) -> coder.apply(limits), cameo);
        Objects.requireNonNull(coder, "coder");
    }

    /** The command with a coder built for the budget and the judge the options choose (production). */
    public static IngestCommand of(CoderFactory coders, CameoTable cameo) {
        return new IngestCommand(coders, cameo).withNarratives(RecordNarratives.standard());
    }

    private IngestCommand(CoderFactory coders, CameoTable cameo) {
        this.coders = Objects.requireNonNull(coders, "coders");
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        if (mergeDays < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--merge-days must be 0 or more, not " + mergeDays);
        }
        Budget limits = budget.budget(spec);
        JudgeChoice choice = judge.choice();
        try (RecordStore record = store.open(cameo)) {
            Progress progress = System.console() != null ? Progress.bar(err) : Progress.lines("ingest", err, Duration.ofSeconds(10));
            Coder lazy = new LazyCoder(() -> coders.build(List.of(), limits, choice));
            Ingester.Summary summary = new Ingester(record, lazy, narratives.active(),
                    new Ingester.Options(threads,
                    new LinkRule(mergeDays), outlet), progress, message -> {
                        err.println("saydo: " + message);
                        err.flush();
                    }).ingest(paths);
            out.println(summary.line());
            out.flush();
            return summary.anyFailed() ? 1 : 0;
        } catch (StoreException e) {
            err.println("saydo: " + e.getMessage());
            return 1;
        }
    }
}
