package org.saydo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.saydo.record.Coder;
import org.saydo.store.CameoTable;
import org.saydo.store.Ingester;
import org.saydo.store.LinkRule;
import org.saydo.store.Progress;
import org.saydo.store.RecordReader;
import org.saydo.store.RecordStore;
import org.saydo.store.StoreException;
import org.saydo.store.RecordSource;
import org.saydo.store.SourceItem;
import org.saydo.store.SparkOutput;
import org.saydo.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code saydo import --db TARGET SOURCE}: brings another record, or the tables of the Spark job, into a record.
 *
 * <ul>
 *   <li>A record (a DuckDB file or a PostgreSQL database) is copied whole into a new, empty one — a DuckDB file
 *       into a team's PostgreSQL database, or back — in one transaction ({@link RecordStore#copyFrom}). Into a
 *       record that is not empty, its documents (with their narratives) and GDELT rows are stored one by one
 *       through the store's write path ({@link RecordSource}): those the target holds are skipped and counted
 *       unchanged, the others linked against what it holds.</li>
 *   <li>A directory {@code saydo spark --output} wrote ({@link SparkOutput}) is stored document by document
 *       through the store's write path ({@link Ingester#importCoded}): linked, clustered, summarised and labelled
 *       with narratives as {@code saydo ingest} of the same files; documents stored already are skipped and
 *       counted unchanged, so a rerun adds nothing.</li>
 * </ul>
 *
 * Exit 0 on success, 1 when a store or the tables cannot be read or written (or a document failed), 2 on bad usage.
 * Not thread-safe.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Copy a whole record (a DuckDB file or a PostgreSQL database) into an empty --db, e.g. a "
                + "DuckDB record into a team's PostgreSQL database, or back (into a --db that is not empty: the "
                + "documents it lacks);",
            "or store the tables of 'saydo spark --output DIR' (a directory) into --db, as 'saydo ingest' of the "
                + "same files would (documents stored already are skipped)."})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Parameters(index = "0", paramLabel = "SOURCE", converter = StoreOption.LocationConverter.class,
            description = "the record to copy: a DuckDB file, jdbc:duckdb:FILE or postgresql://host[:port]/db; "
                    + "or the directory saydo spark wrote its tables under")
    StoreLocation source;

    @Option(names = "--threads", paramLabel = "N", description = "workers labelling narratives of a Spark "
            + "output's documents (default: all cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--merge-days", paramLabel = "N", description = "days apart two reports of one event may be "
            + "dated, when events are linked: a Spark output's, or a record's imported into one that is not empty "
            + "(default: ${DEFAULT-VALUE})")
    int mergeDays = LinkRule.DEFAULT_MERGE_DAYS;

    @Mixin
    NarrativeLabelling narratives = new NarrativeLabelling();

    private final CameoTable cameo;

    /** @param cameo the CAMEO table the target store is opened with */
    public ImportCommand(CameoTable cameo) {
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    /** The command with the shipped narrative labeller for a Spark output's documents (production). */
    public static ImportCommand of(CameoTable cameo) {
        ImportCommand c = new ImportCommand(cameo);
        c.narratives.labeller = RecordNarratives.standard();
        return c;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (source.equals(store.db)) {
            throw new ParameterException(spec.commandLine(), "SOURCE and --db are the same record: " + source);
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        if (mergeDays < 0) {
            throw new ParameterException(spec.commandLine(), "--merge-days must be 0 or more, not " + mergeDays);
        }
        if (!source.postgres() && Files.isDirectory(Path.of(source.file()))) {
            return importSpark(out, err);
        }
        try (RecordReader from = RecordReader.open(source); RecordStore to = store.open(cameo)) {
            RecordStore.Counts before = to.counts();
            if (before.documents() > 0 || before.reports() > 0) {
                return store(out, err, to, -1, new RecordSource(from)::read);
            }
            RecordStore.Counts n = to.copyFrom(from);
            out.println("import: " + n.documents() + " documents, " + n.events() + " events (" + n.reports()
                    + " reports), " + n.quotes() + " quotes from " + source + " into " + to.file());
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println("saydo: " + e.getMessage());
            return 1;
        }
    }

    /** Stores the Spark job's tables under {@code source} through the store's write path. */
    private int importSpark(PrintWriter out, PrintWriter err) {
        try (SparkOutput tables = SparkOutput.open(Path.of(source.file())); RecordStore to = store.open(cameo)) {
            return store(out, err, to, -1, tables::read);
        } catch (StoreException e) {
            err.println("saydo: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Stores what {@code items} hands on into {@code to} through the store's write path ({@link
     * Ingester#importCoded}): documents stored already are skipped and counted unchanged.
     */
    private int store(PrintWriter out, PrintWriter err, RecordStore to, long expected,
            Consumer<Consumer<SourceItem>> items) {
        Progress progress = System.console() != null ? Progress.bar(err) : Progress.lines("import", err, Duration.ofSeconds(10));
        Coder none = d -> {
            throw new IllegalStateException("import codes nothing: " + d.source());
        };
        Ingester.Summary summary = new Ingester(to, none, narratives.active(),
                new Ingester.Options(threads, new LinkRule(mergeDays), null), progress, message -> {
                    err.println("saydo: " + message);
                    err.flush();
                }).importCoded(expected, items);
        out.println(summary.line() + " from " + source + " into " + to.file());
        out.flush();
        return summary.anyFailed() ? 1 : 0;
    }
}
