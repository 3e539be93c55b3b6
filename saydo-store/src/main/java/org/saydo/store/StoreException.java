package org.saydo.store;

/**
 * The store cannot be opened, read or written: not a DuckDB file, written by a newer Saydo, a failing
 * statement. The message names the file. Unchecked: callers report it and stop.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
