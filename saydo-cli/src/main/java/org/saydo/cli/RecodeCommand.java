package org.saydo.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.saydo.nlp.Budget;
import org.saydo.record.Coder;
import org.saydo.store.CameoTable;
import org.saydo.store.Ingester;
import org.saydo.store.LinkRule;
import org.saydo.store.Progress;
import org.saydo.store.RecordStore;
import org.saydo.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code saydo recode}: re-runs the coder on every stored document (after a dictionary change), replacing each
 * document's events and quotes in one transaction. Exit 0 on success, 1 when a document or the store failed, 2
 * on bad usage. Not thread-safe.
 */
@Command(name = "recode", mixinStandardHelpOptions = true,
        description = "Re-run the coder on the stored documents, replacing their events and quotes.")
public final class RecodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--threads", paramLabel = "N", description = "coding workers (default: all cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--merge-days", paramLabel = "N", description = "days apart two reports of one event may be "
            + "dated (default: ${DEFAULT-VALUE})")
    int mergeDays = LinkRule.DEFAULT_MERGE_DAYS;

    @CommandLine.Mixin
    JudgeOptions judge = new JudgeOptions();

    private final CoderFactory coders;
    private final CameoTable cameo;

    @Mixin
    NarrativeLabelling narratives = new NarrativeLabelling();

    /** This command, labelling narratives with {@code labeller} (null for none). */
    RecodeCommand withNarratives(org.saydo.store.StoredNarratives.Labeller labeller) {
        narratives.labeller = labeller;
        return this;
    }

    /**
     * @param coder builds the coding chain, once
     * @param cameo the CAMEO table whose columns are stored
     */
    public RecodeCommand(Supplier<Coder> coder, CameoTable cameo) {
        this((actors, budget, choice) -> coder.get(), cameo);
        Objects.requireNonNull(coder, "coder");
    }

    /** The command with a coder built for the judge the options choose (production), within the default budget. */
    public static RecodeCommand of(CoderFactory coders, CameoTable cameo) {
        return new RecodeCommand(coders, cameo).withNarratives(RecordNarratives.standard());
    }

    private RecodeCommand(CoderFactory coders, CameoTable cameo) {
        this.coders = Objects.requireNonNull(coders, "coders");
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    @Override
    public Integer call() {
        JudgeChoice choice = judge.choice();
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        if (mergeDays < 0) {
            throw new ParameterException(spec.commandLine(), "--merge-days must be 0 or more, not " + mergeDays);
        }
        PrintWriter err = spec.commandLine().getErr();
        try (RecordStore record = store.openExisting(cameo)) {
            Progress progress = System.console() != null ? Progress.bar(err) : Progress.lines("recode", err, Duration.ofSeconds(10));
            Ingester.Summary summary = new Ingester(record, new LazyCoder(() -> coders.build(List.of(), Budget.DEFAULT, choice)),
                    narratives.active(), new Ingester.Options(threads,
                    new LinkRule(mergeDays), null), progress, message -> err.println("saydo: " + message)).recode();
            spec.commandLine().getOut().println(summary.line());
            spec.commandLine().getOut().flush();
            return summary.anyFailed() ? 1 : 0;
        } catch (StoreException e) {
            err.println("saydo: " + e.getMessage());
            return 1;
        }
    }
}
