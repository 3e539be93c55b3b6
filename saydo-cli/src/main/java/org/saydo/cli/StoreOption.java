package org.saydo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.saydo.store.CameoTable;
import org.saydo.store.RecordStore;
import org.saydo.store.StoreException;
import picocli.CommandLine.Option;

/**
 * The {@code --db FILE|URL} option shared by the store commands (a picocli mixin). Not thread-safe; one per
 * command instance.
 */
public final class StoreOption {

    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = RecordStore.DEFAULT_FILE,
            description = "the record store: a DuckDB file or jdbc:duckdb:FILE (default: ${DEFAULT-VALUE})")
    String db = RecordStore.DEFAULT_FILE;

    /** Opens the store, creating it when missing. */
    RecordStore open(CameoTable cameo) {
        return RecordStore.open(db, cameo);
    }

    /** Opens a store that must exist already (for reading commands). */
    RecordStore openExisting(CameoTable cameo) {
        String file = db.startsWith("jdbc:duckdb:") ? db.substring("jdbc:duckdb:".length()) : db;
        if (!db.startsWith("jdbc:") || db.startsWith("jdbc:duckdb:")) {
            if (!Files.exists(Path.of(file))) {
                throw new StoreException(file + ": no such store (run saydo ingest first, or give --db)");
            }
        }
        return RecordStore.open(db, cameo);
    }
}
