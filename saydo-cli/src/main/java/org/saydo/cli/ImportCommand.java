package org.saydo.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.saydo.store.CameoTable;
import org.saydo.store.RecordReader;
import org.saydo.store.RecordStore;
import org.saydo.store.StoreException;
import org.saydo.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code saydo import --db TARGET SOURCE}: copies a whole record from one store into a new, empty one — a DuckDB
 * file into a team's PostgreSQL database, or back — in one transaction ({@link RecordStore#copyFrom}). Exit 0 on
 * success, 1 when a store cannot be read or written (or the target is not empty), 2 on bad usage. Not thread-safe.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Copy a whole record (a DuckDB file or a PostgreSQL database) into an empty --db, e.g. a "
                + "DuckDB record into a team's PostgreSQL database, or back.")
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Parameters(index = "0", paramLabel = "SOURCE", converter = StoreOption.LocationConverter.class,
            description = "the record to copy: a DuckDB file, jdbc:duckdb:FILE or postgresql://host[:port]/db")
    StoreLocation source;

    private final CameoTable cameo;

    /** @param cameo the CAMEO table the target store is opened with */
    public ImportCommand(CameoTable cameo) {
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (source.equals(store.db)) {
            throw new ParameterException(spec.commandLine(), "SOURCE and --db are the same record: " + source);
        }
        try (RecordReader from = RecordReader.open(source); RecordStore to = store.open(cameo)) {
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
}
