package org.saydo.store;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Keeps a DuckDB record's commits apart from the reads of the same file in this process. DuckDB writes a
 * transaction's new rows into the record's indexes when it commits, and a commit that ran while a reader's query of
 * the desk scanned the same index crashed the whole process once in the C++ code of DuckDB 1.4.4 (a SIGSEGV in
 * {@code duckdb::Prefix::NewInternal}, the index's insert, under {@code ConcurrentReadersTest}; the same family as
 * duckdb/duckdb#14777 and #16791). A reader ({@link RecordReader}) holds the file's gate open for each query, the
 * writer ({@link RecordStore}) closes it for the length of its COMMIT: reads wait for a commit, a commit waits for
 * the reads already running, and neither waits for more. A PostgreSQL record needs no gate: its server keeps readers
 * and writers apart. Thread-safe.
 */
final class CommitGate {

    private static final ConcurrentHashMap<Path, ReentrantReadWriteLock> GATES = new ConcurrentHashMap<>();

    private CommitGate() {
    }

    /** The gate of the record at {@code location} in this process; null for a PostgreSQL record. */
    static ReentrantReadWriteLock of(StoreLocation location) {
        if (location.postgres()) {
            return null;
        }
        Path file = Path.of(location.file()).toAbsolutePath().normalize();
        return GATES.computeIfAbsent(file, f -> new ReentrantReadWriteLock());
    }
}
