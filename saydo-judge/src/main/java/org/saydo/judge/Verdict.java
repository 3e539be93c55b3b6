package org.saydo.judge;

import java.util.Locale;

/** What the judge decides about one candidate event. */
public enum Verdict {
    /** A specific event of this kind between these parties, told by the report: emitted as the coder says. */
    KEEP,
    /** A reference to a past or ongoing state (the invasion, an occupation since 2014), not a new deed. */
    BACKGROUND,
    /** Not an event of this kind at all (a wrong sense of the verb, the wrong parties): not emitted. */
    DROP;

    /** The lower-case name used in JSON and in the model's labels. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label as printed by {@link #label()}; throws naming the bad value. */
    public static Verdict parse(String label) {
        for (Verdict v : values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + label + "' (expected keep, background or drop)");
    }
}
