package org.saydo.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A record in one DuckDB file ({@link DuckDbFile}): one process writes it at a time (DuckDB's file lock), rows are
 * written through DuckDB's appender. Stateless, thread-safe.
 */
final class DuckDbDialect implements Dialect {

    static final DuckDbDialect INSTANCE = new DuckDbDialect();

    private DuckDbDialect() {
    }

    @Override
    public String engine() {
        return "DuckDB";
    }

    @Override
    public Connection connect(StoreLocation location, boolean readOnly) {
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty("duckdb.read_only", "true");
        }
        return DuckDbFile.connect(location.file(), props);
    }

    /** Nothing to do: DuckDB's lock keeps every other process out of the file. */
    @Override
    public boolean lockWriters(Connection c) {
        return false;
    }

    /** Nothing to do: DuckDB keeps its statistics as it writes. */
    @Override
    public void analyze(Connection c, List<String> tables) {
    }

    @Override
    public void insert(Connection c, String table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (DuckDBAppender a = appender(c.unwrap(DuckDBConnection.class), table)) {
            for (Object[] row : rows) {
                appendRow(a, row);
            }
            a.flush(); // close() may drop a failed flush's error (a CHECK, a duplicate key): flush throws
        }
    }

    /**
     * An appender to {@code table}. Strings are not written inlined: with duckdb_jdbc 1.4.4 inlined short strings
     * were corrupted from the second transaction of a connection on (a CHECK on {@code origin = 'gdelt'} failed
     * at the flush, or rows were silently lost when only {@code close()} flushed). The transaction must have run a
     * statement already: an appender alone writes outside it.
     */
    private static DuckDBAppender appender(DuckDBConnection duck, String table) throws SQLException {
        return duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table).setWriteInlinedStrings(false);
    }

    /** Appends one row of values (null, String, Long, Integer, Double, Boolean, LocalDate, LocalDateTime). */
    private static void appendRow(DuckDBAppender appender, Object... values) throws SQLException {
        appender.beginRow();
        for (Object v : values) {
            if (v == null) {
                appender.appendNull();
            } else if (v instanceof String x) {
                appender.append(x);
            } else if (v instanceof Long x) {
                appender.append(x.longValue());
            } else if (v instanceof Integer x) {
                appender.append(x.intValue());
            } else if (v instanceof Double x) {
                appender.append(x.doubleValue());
            } else if (v instanceof Boolean x) {
                appender.append(x.booleanValue());
            } else if (v instanceof java.time.LocalDate x) {
                appender.append(x);
            } else if (v instanceof java.time.LocalDateTime x) {
                appender.append(x);
            } else {
                throw new IllegalArgumentException("no appender for " + v.getClass().getName() + ": " + v);
            }
        }
        appender.endRow();
    }
}
