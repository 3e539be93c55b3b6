package org.saydo.http;

/** The thing asked for is not in the record (a document id that is not stored). Mapped to 404. */
public final class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}
