package org.saydo.record;

import java.util.Locale;

/** Where an event's date came from. */
public enum DateBasis {
    /** A time expression in the text, resolved against the publication date. */
    TEXT,
    /** No usable time expression: the publication date. */
    PUBLICATION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
