package org.saydo.narratives;

/** A taxonomy, example file, label file or model that cannot be used; the message names it and the bad value. */
public final class NarrativeException extends RuntimeException {

    public NarrativeException(String message) {
        super(message);
    }

    public NarrativeException(String message, Throwable cause) {
        super(message, cause);
    }
}
