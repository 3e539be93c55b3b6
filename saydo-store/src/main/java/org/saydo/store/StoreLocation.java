package org.saydo.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a record is kept, parsed once from what a user gives ({@code --db}): a file name, or
 * {@code jdbc:duckdb:FILE}. Other JDBC URLs are reserved for a PostgreSQL store for teams and refused for now.
 * Immutable.
 *
 * @param file the DuckDB file
 */
public record StoreLocation(String file) {

    private static final String PREFIX = "jdbc:duckdb:";

    /** The location used when none is given: {@value RecordStore#DEFAULT_FILE} in the working directory. */
    public static final StoreLocation DEFAULT = new StoreLocation(RecordStore.DEFAULT_FILE);

    public StoreLocation {
        Objects.requireNonNull(file, "file");
        if (file.isEmpty()) {
            throw new StoreException("no store file given: ''");
        }
    }

    /**
     * Parses a location: a file name, or {@code jdbc:duckdb:FILE}.
     *
     * @throws StoreException for another JDBC URL or an empty name, with the value given
     */
    public static StoreLocation parse(String location) {
        Objects.requireNonNull(location, "location");
        String file;
        if (location.startsWith("jdbc:")) {
            if (!location.startsWith(PREFIX)) {
                throw new StoreException(location + ": only DuckDB stores are built so far (give a file name or "
                        + "jdbc:duckdb:FILE); the PostgreSQL store for teams is planned");
            }
            file = location.substring(PREFIX.length());
        } else {
            file = location;
        }
        if (file.isEmpty()) {
            throw new StoreException("no store file given: '" + location + "'");
        }
        return new StoreLocation(file);
    }

    /** Whether the file exists (looks at its metadata only; opens nothing, see {@link DuckDbFile}). */
    public boolean exists() {
        return Files.exists(Path.of(file));
    }

    /**
     * Fails unless the store exists: reading commands never create one.
     *
     * @throws StoreException naming the file and what to do
     */
    public StoreLocation requireExisting() {
        if (!Files.isRegularFile(Path.of(file)) && !Files.isDirectory(Path.of(file))) {
            throw new StoreException(file + ": no such store (run saydo ingest first, or give --db)");
        }
        return this;
    }

    @Override
    public String toString() {
        return file;
    }
}
