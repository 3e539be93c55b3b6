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

    /** The longest prefix of a bad value an error message quotes. */
    public static final int QUOTED = 60;

    /**
     * A bad value as an error message quotes it: in single quotes, cut to its first {@value #QUOTED} characters
     * and {@code ...} when longer, so that a message never echoes a whole 7 KB value back.
     */
    public static String quote(Object value) {
        String v = String.valueOf(value);
        if (v.length() <= QUOTED) {
            return "'" + v + "'";
        }
        int end = Character.isHighSurrogate(v.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
        return "'" + v.substring(0, end) + "...' (" + v.length() + " characters)";
    }

    /** The parameter at fault. */
    public String parameter() {
        return parameter;
    }
}
