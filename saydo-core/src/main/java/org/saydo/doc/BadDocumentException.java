package org.saydo.doc;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A document that cannot be read: empty, binary, not UTF-8, too large, not English, or malformed for its
 * format. The message is {@code where: reason}, ready to print after {@code saydo: }.
 */
public final class BadDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String where;
    private final String reason;

    /**
     * @param where the path, URL or {@code file:line} of the bad document
     * @param reason what is wrong with it, in a few words
     */
    public BadDocumentException(String where, String reason) {
        super(Objects.requireNonNull(where, "where") + ": " + Objects.requireNonNull(reason, "reason"));
        this.where = where;
        this.reason = reason;
    }

    /** A bad document read from a file. */
    public BadDocumentException(Path path, String reason) {
        this(Objects.requireNonNull(path, "path").toString(), reason);
    }

    /** The path, URL or {@code file:line} of the bad document. */
    public String where() {
        return where;
    }

    /** What is wrong with it. */
    public String reason() {
        return reason;
    }
}
