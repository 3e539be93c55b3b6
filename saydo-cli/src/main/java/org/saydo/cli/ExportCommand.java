package org.saydo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.saydo.store.CameoTable;
import org.saydo.store.EventQuery;
import org.saydo.store.ExportFormat;
import org.saydo.store.Exporter;
import org.saydo.store.RecordReader;
import org.saydo.store.RecordStore;
import org.saydo.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code saydo export}: writes the record's events to a file. Exit 0 on success, 1 when the store cannot be read
 * or the file cannot be written, 2 on bad usage. Not thread-safe.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the record's events (one row per event, with reports and provenance) to a file.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--format", required = true, paramLabel = "jsonl|csv|parquet|gdelt",
            converter = Labels.ExportFormatLabel.class,
            description = "JSON Lines, CSV, Parquet, or GDELT 2.0 event TSV (61 columns)")
    ExportFormat format;

    @Parameters(index = "0", paramLabel = "OUT", description = "the file to write")
    Path out;

    private final CameoTable cameo;

    /** @param cameo the CAMEO table the store was written with */
    public ExportCommand(CameoTable cameo) {
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    @Override
    public Integer call() {
        ExportFormat exportFormat = format;
        PrintWriter err = spec.commandLine().getErr();
        try (RecordStore record = store.openExisting(cameo); RecordReader reader = store.readBeside(record)) {
            long n = Exporter.export(reader, EventQuery.all(), exportFormat, out);
            spec.commandLine().getOut().println("export: " + n + " events to " + out + " (" + exportFormat.label() + ")");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (StoreException e) {
            err.println("saydo: " + e.getMessage());
            return 1;
        }
    }
}
