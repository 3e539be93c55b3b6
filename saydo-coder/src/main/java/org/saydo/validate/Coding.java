package org.saydo.validate;

import java.util.Objects;

/**
 * One event coding as a validation file states it: source, target and CAMEO event code, compared as strings.
 * A missing target is {@value #NONE}, PETRARCH's own spelling.
 *
 * @param source the source actor code ({@code ARN}, {@code ---GOV})
 * @param target the target actor code, {@value #NONE} when there is none
 * @param event the CAMEO event code ({@code 042}, {@code 1711})
 */
public record Coding(String source, String target, String event) {

    /** The code PETRARCH writes for a missing actor. */
    public static final String NONE = "---";

    public Coding {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(event, "event");
        if (source.isBlank() || target.isBlank() || event.isBlank()) {
            throw new IllegalArgumentException("blank code in coding '" + source + "' '" + target + "' '" + event
                    + "'");
        }
    }

    /** The event code's first {@code n} characters (all of it when shorter). */
    public String eventPrefix(int n) {
        return event.length() <= n ? event : event.substring(0, n);
    }

    /** {@code SOURCE TARGET EVENT}, as the validation output prints it. */
    @Override
    public String toString() {
        return source + " " + target + " " + event;
    }
}
