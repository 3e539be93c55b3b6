package org.saydo.record;

import java.util.Objects;

/**
 * An actor as coded in one claim.
 *
 * @param code the CAMEO actor code ({@code RUSGOV}, {@code USA}, {@code IGONAT}); never blank
 * @param name the registry's name for the actor ({@code DMITRY PESKOV}, {@code RUSSIA})
 * @param text the words of the document that named it ({@code Kremlin spokesman Dmitriy Peskov})
 */
public record ActorRef(String code, String name, String text) {

    public ActorRef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (code.isBlank()) {
            throw new IllegalArgumentException("blank actor code for '" + text + "'");
        }
    }
}
