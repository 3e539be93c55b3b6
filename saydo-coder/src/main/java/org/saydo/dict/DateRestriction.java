package org.saydo.dict;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date-restricted code of an actor: {@code [CODE >YYMMDD]}, {@code [CODE <YYMMDD]} or
 * {@code [CODE YYMMDD-YYMMDD]}. Bounds are inclusive ("or equal to", as the manual says). Immutable.
 *
 * @param code the code in force within the bounds ({@code ---}: no code)
 * @param from first day, or null for "since always" ({@code <date})
 * @param to last day, or null for "from then on" ({@code >date})
 */
public record DateRestriction(String code, LocalDate from, LocalDate to) {

    public DateRestriction {
        Objects.requireNonNull(code, "code");
        if (from == null && to == null) {
            throw new IllegalArgumentException("restriction without dates for " + code);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("restriction " + code + " ends before it starts: " + from + " > " + to);
        }
    }

    /** @return true if {@code date} is within the bounds (inclusive) */
    public boolean appliesOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
