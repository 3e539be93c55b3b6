package org.saydo.cli;

import org.saydo.store.CameoTable;
import org.saydo.store.RecordReader;
import org.saydo.store.RecordStore;
import org.saydo.store.StoreException;
import org.saydo.store.StoreLocation;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --db FILE|URL} option shared by the store commands (a picocli mixin; without it, {@code SAYDO_DB}),
 * parsed once into a {@link StoreLocation}: a bad value (another JDBC URL, an empty name) is a usage error naming
 * {@code --db}. Not
 * thread-safe; one per command instance.
 */
public final class StoreOption {

    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "${env:SAYDO_DB:-" + RecordStore.DEFAULT_FILE + "}",
            converter = LocationConverter.class,
            description = "the record store: a DuckDB file, jdbc:duckdb:FILE, or a PostgreSQL database "
                    + "postgresql://[user[:password]@]host[:port]/db (user and password else from PGUSER, PGPASSWORD); "
                    + "default: $SAYDO_DB, else " + RecordStore.DEFAULT_FILE)
    StoreLocation db = StoreLocation.DEFAULT;

    /** Opens the store for writing, creating it when missing. */
    RecordStore open(CameoTable cameo) {
        return RecordStore.open(db, cameo);
    }

    /** Opens for writing a store that must exist already (commands that migrate an older record). */
    RecordStore openExisting(CameoTable cameo) {
        return RecordStore.open(db.requireExisting(), cameo);
    }

    /** Opens an existing store read-only (the analyses). */
    RecordReader read() {
        return RecordReader.open(db);
    }

    /** Opens a reader beside this process's own writer {@code record} (events and export, which migrate first). */
    RecordReader readBeside(RecordStore record) {
        return RecordReader.openBesideWriter(record.location(), 1);
    }

    /** Parses {@code --db}. */
    static final class LocationConverter implements ITypeConverter<StoreLocation> {
        @Override
        public StoreLocation convert(String value) {
            try {
                return StoreLocation.parse(value);
            } catch (StoreException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
