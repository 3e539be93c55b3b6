package org.saydo.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a record is kept, parsed once from what a user gives ({@code --db}, else {@code SAYDO_DB}): a DuckDB file
 * name or {@code jdbc:duckdb:FILE}, or a PostgreSQL database {@code postgresql://[user[:password]@]host[:port]/db}
 * (also {@code postgres://...} and {@code jdbc:postgresql://...}; the user and password default to the standard
 * {@code PGUSER} and {@code PGPASSWORD}). Other JDBC URLs are refused. Immutable.
 *
 * @param file the DuckDB file, or the PostgreSQL URL as given (never printed: see {@link #toString()})
 */
public record StoreLocation(String file) {

    private static final String DUCKDB = "jdbc:duckdb:";

    /** The location used when none is given: {@value RecordStore#DEFAULT_FILE} in the working directory. */
    public static final StoreLocation DEFAULT = new StoreLocation(RecordStore.DEFAULT_FILE);

    public StoreLocation {
        Objects.requireNonNull(file, "file");
        if (file.isEmpty()) {
            throw new StoreException("no store file given: ''");
        }
        if (isPostgresUrl(file)) {
            PostgresDialect.Url.parse(file); // a bad URL fails here, with the reason
        }
    }

    /**
     * Parses a location: a file name, {@code jdbc:duckdb:FILE}, or a PostgreSQL URL.
     *
     * @throws StoreException for another JDBC URL, a PostgreSQL URL without host or database, or an empty name,
     *                        with the value given
     */
    public static StoreLocation parse(String location) {
        Objects.requireNonNull(location, "location");
        if (isPostgresUrl(location)) {
            return new StoreLocation(location);
        }
        String file;
        if (location.startsWith("jdbc:")) {
            if (!location.startsWith(DUCKDB)) {
                throw new StoreException(location + ": not a store Saydo knows: give a DuckDB file, jdbc:duckdb:FILE "
                        + "or postgresql://host[:port]/db");
            }
            file = location.substring(DUCKDB.length());
        } else {
            file = location;
        }
        if (file.isEmpty()) {
            throw new StoreException("no store file given: '" + location + "'");
        }
        return new StoreLocation(file);
    }

    private static boolean isPostgresUrl(String s) {
        return s.startsWith("postgresql://") || s.startsWith("postgres://") || s.startsWith("jdbc:postgresql://");
    }

    /** Whether the record is kept in a PostgreSQL database (else in a DuckDB file). */
    public boolean postgres() {
        return isPostgresUrl(file);
    }

    /** The engine that keeps the record. */
    Dialect dialect() {
        return postgres() ? PostgresDialect.INSTANCE : DuckDbDialect.INSTANCE;
    }

    /** Whether the DuckDB file exists (looks at its metadata only; opens nothing, see {@link DuckDbFile}). */
    public boolean exists() {
        return !postgres() && Files.exists(Path.of(file));
    }

    /**
     * Fails unless the store exists: reading commands never create one. (A PostgreSQL database is checked when it
     * is opened: a database without a record is refused then.)
     *
     * @throws StoreException naming the file and what to do
     */
    public StoreLocation requireExisting() {
        if (!postgres() && !Files.isRegularFile(Path.of(file)) && !Files.isDirectory(Path.of(file))) {
            throw new StoreException(file + ": no such store (run saydo ingest first, or give --db)");
        }
        return this;
    }

    /** The file, or the PostgreSQL URL without its password (for messages). */
    @Override
    public String toString() {
        if (!postgres()) {
            return file;
        }
        try {
            URI u = new URI(file.startsWith("jdbc:") ? file.substring(5) : file);
            String user = u.getRawUserInfo() == null ? "" : u.getRawUserInfo().replaceFirst(":.*", "") + "@";
            return u.getScheme() + "://" + user + u.getRawAuthority().replaceFirst("^.*@", "")
                    + (u.getRawPath() == null ? "" : u.getRawPath());
        } catch (URISyntaxException e) {
            return "postgresql://?";
        }
    }
}
