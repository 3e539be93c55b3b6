package org.saydo.http;

import java.util.Objects;

/** A request the server will not answer: a parameter is missing or malformed. Mapped to 400. */
public final class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    /**
     * @param parameter the query parameter, path parameter or JSON field at fault
     * @param message what is wrong with it, with the bad value
     */
    public BadRequest(String parameter, String message) {
        super("parameter '" + parameter + "': " + message);
        this.parameter = Objects.requireNonNull(parameter, "parameter");
    }

    /** The parameter at fault. */
    public String parameter() {
        return parameter;
    }
}
