package org.saydo.record;

import java.util.Locale;

/**
 * How the text presents an event. Analyses of deeds count {@link #ASSERTED} and {@link #REPORTED} only;
 * words include statements and intents; {@link #HYPOTHETICAL}, {@link #NEGATED} and {@link #BACKGROUND} count as
 * neither.
 */
public enum Modality {
    /** The text says it happened. */
    ASSERTED,
    /** Someone quoted in the text says it happened. */
    REPORTED,
    /** Will, plans to, promises to. */
    INTENT,
    /** If, would, could, may: condition, speculation. */
    HYPOTHETICAL,
    /** Did not, denied, no ... was reached. */
    NEGATED,
    /**
     * A reference to a past or ongoing state rather than a new occurrence this report tells of ("Russia's
     * full-scale invasion", "Crimea, which Russia has occupied since 2014"): dated from the text when it says when,
     * never from the publication date.
     */
    BACKGROUND;

    /** The lower-case name used in JSON and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label as printed by {@link #label()}; throws naming the bad value. */
    public static Modality parse(String label) {
        for (Modality m : values()) {
            if (m.label().equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown modality '" + label
                + "' (expected asserted, reported, intent, hypothetical, negated or background)");
    }
}
