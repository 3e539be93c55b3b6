package org.saydo.record;

import java.util.Locale;

/** Where an event's date came from. */
public enum DateBasis {
    /** A time expression in the text, resolved against the publication date. */
    TEXT,
    /** No usable time expression: the publication date. */
    PUBLICATION,
    /**
     * No usable time expression: the day of the report's wire dateline ("LVIV, Feb 24 (Reuters) -"), a day
     * before publication when a copy of a wire story is published later (a syndicated copy keeps its wire's day).
     */
    DATELINE,
    /**
     * No date: a {@link Modality#BACKGROUND} event whose text does not say when (a reference to the past is not
     * dated by the report that mentions it).
     */
    NONE,
    /**
     * A time expression in the text whose resolution cannot be right: a past act (asserted, reported, negated,
     * background) or a quote dated after its document's publication beyond a tolerance, or a relative expression
     * ("on Tuesday", "last month") resolved far from the publication date. The resolved date is kept as evidence;
     * the analyses leave such acts out of their time series and count them. Rules: {@code DateSanity}.
     */
    TEXT_IMPLAUSIBLE;

    /**
     * The stored form: {@code text}, {@code publication}, {@code dateline}, {@code none}, {@code text-implausible}.
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The basis of a stored label ({@link #label()}; the constant's name is accepted too). */
    public static DateBasis parse(String label) {
        String name = label.toUpperCase(Locale.ROOT).replace('-', '_');
        for (DateBasis b : values()) {
            if (b.name().equals(name)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown date basis '" + label + "' (expected text, publication, dateline, "
                + "none or text-implausible)");
    }
}
