package org.saydo.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What differs between the engines that keep a record: DuckDB (one file, one writing process) and PostgreSQL (a
 * server shared by a team, several writing processes). Everything else — the schema, its versions and migrations,
 * the write path, event linking, the reads — is one code for both, in SQL both engines run. The differences:
 * opening a connection, how writers of one record take turns ({@link #lockWriters}), how a transaction's staged
 * rows are written in bulk (DuckDB's appender, PostgreSQL's COPY), and the few DuckDB idioms of the record's SQL that
 * PostgreSQL lacks (rewritten on the way by {@link PostgresSql}).
 * Stateless, thread-safe.
 */
sealed interface Dialect permits DuckDbDialect, PostgresDialect {

    /** The engine's name for messages: {@code DuckDB}, {@code PostgreSQL}. */
    String engine();

    /**
     * Opens a connection in auto-commit mode (the store begins and ends its transactions with statements).
     *
     * @param readOnly a reading command's connection
     * @throws StoreException naming the location and the reason
     */
    Connection connect(StoreLocation location, boolean readOnly);

    /**
     * Called first in every write transaction: makes the writers of the record take turns, so that each
     * transaction reads (stored documents, event keys to link to, the next ids) what the ones before it committed.
     *
     * @return whether other processes may have written since this one's last transaction (the store then reloads
     *         its counters)
     */
    boolean lockWriters(Connection c) throws SQLException;

    /** Inserts rows (values in column order) into {@code table}, within the running transaction. */
    void insert(Connection c, String table, List<Object[]> rows) throws SQLException;

    /**
     * Refreshes the planner's statistics of {@code tables} after many rows were written (PostgreSQL plans the
     * summary's joins by them: a young record's stale statistics cost a nested loop of 1,000 by 2,000 rows where
     * a hash join takes 1/50 of the time). Within the running transaction.
     */
    void analyze(Connection c, List<String> tables) throws SQLException;

    /** The dialect of an open connection. */
    static Dialect of(Connection c) {
        try {
            return c.isWrapperFor(org.duckdb.DuckDBConnection.class) ? DuckDbDialect.INSTANCE : PostgresDialect.INSTANCE;
        } catch (SQLException e) {
            throw new StoreException("cannot tell the engine of a connection: " + e.getMessage(), e);
        }
    }
}
