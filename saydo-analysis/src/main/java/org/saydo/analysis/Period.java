package org.saydo.analysis;

import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The periods a gap table is cut into. A week starts on Monday (ISO); a month on its first day. */
public enum Period {
    DAY, WEEK, MONTH;

    /** The calendar unit of the period, as the store's reader cuts dates. */
    public ChronoUnit unit() {
        return switch (this) {
            case DAY -> ChronoUnit.DAYS;
            case WEEK -> ChronoUnit.WEEKS;
            case MONTH -> ChronoUnit.MONTHS;
        };
    }

    /** The lower-case name used on the command line and in JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }

    /** Parses {@code day}, {@code week} or {@code month}; throws naming the bad value. */
    public static Period parse(String label) {
        for (Period p : values()) {
            if (p.label().equals(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown period '" + label + "' (expected day, week or month)");
    }
}
