package org.saydo.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page of a list ends: the sort key of its last row (a date, possibly absent, and a numeric id). Sent to
 * clients as an opaque URL-safe token (the HTTP API's {@code cursor}); a token that does not decode is refused.
 * Immutable.
 *
 * @param date the last row's date, or null when it had none
 * @param id the last row's id (event key, quote id, or offset for search)
 */
public record Cursor(LocalDate date, long id) {

    /** The token a client sends back to get the next page. */
    public String token() {
        String plain = (date == null ? "-" : date.toString()) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a token; null or empty gives null (the first page).
     *
     * @throws IllegalArgumentException when the token is not one {@link #token()} wrote, quoting it
     */
    public static Cursor parse(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("no separator");
            }
            String day = plain.substring(0, bar);
            return new Cursor(day.equals("-") ? null : LocalDate.parse(day), Long.parseLong(plain.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a cursor returned by this server: '" + token + "'", e);
        }
    }
}
