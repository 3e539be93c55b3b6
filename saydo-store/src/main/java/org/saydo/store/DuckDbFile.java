package org.saydo.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way Saydo opens a DuckDB file, shared by the store's writer and every reader.
 *
 * <p><b>Only DuckDB touches the file.</b> DuckDB keeps one writer per file with a POSIX lock, and on Linux
 * closing <em>any</em> descriptor a process holds on a file drops every lock that process holds on it. So no
 * code in a process that may hold the record open for writing opens the database file itself (to check a
 * header, say): DuckDB's own refusal of a file that is not a database is the check. Looking at a path's
 * metadata (exists, is a directory) opens no descriptor and is fine.
 *
 * <p>DuckDB's messages are turned into ones that name the file and say what to do: a file that is not a
 * DuckDB database, and a file another process holds open (its PID, and that a running {@code saydo serve}
 * takes documents over HTTP). Stateless, thread-safe.
 */
public final class DuckDbFile {

    private static final String PREFIX = "jdbc:duckdb:";
    private static final Pattern LOCK_HOLDER = Pattern.compile("Conflicting lock is held in (.*?) \\(PID (\\d+)\\)");

    private DuckDbFile() {
    }

    /**
     * Opens a connection to {@code file} with DuckDB's {@code props} ({@code duckdb.read_only}, ...).
     *
     * @throws StoreException naming the file: a directory, not a DuckDB database, held by another process, or
     *                        any other reason DuckDB gives
     */
    public static Connection connect(String file, Properties props) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(props, "props");
        if (Files.isDirectory(Path.of(file))) {
            throw new StoreException(file + ": is a directory, not a DuckDB store file");
        }
        try {
            return DriverManager.getConnection(PREFIX + file, props);
        } catch (SQLException e) {
            throw cannotOpen(file, e);
        }
    }

    /** The store's message for a refusal of DuckDB to open {@code file}. */
    static StoreException cannotOpen(String file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("not a valid DuckDB database file")) {
            return new StoreException(file + ": not a DuckDB database; give another --db file", e);
        }
        if (message.contains("Could not set lock")) {
            Matcher holder = LOCK_HOLDER.matcher(message);
            String who = holder.find() ? "another process (PID " + holder.group(2) + ")" : "another process";
            return new StoreException(file + ": in use by " + who + "; DuckDB lets one process open a record at a "
                    + "time: stop it first, or, if it is a running 'saydo serve', send documents to its "
                    + "POST /api/documents", e);
        }
        return new StoreException(file + ": cannot open the store: " + message.lines().findFirst().orElse(""), e);
    }
}
