package org.saydo.record;

import java.util.Locale;

/** Where an event's date came from. */
public enum DateBasis {
    /** A time expression in the text, resolved against the publication date. */
    TEXT,
    /** No usable time expression: the publication date. */
    PUBLICATION,
    /**
     * No date: a {@link Modality#BACKGROUND} event whose text does not say when (a reference to the past is not
     * dated by the report that mentions it).
     */
    NONE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
