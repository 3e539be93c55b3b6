package org.saydo.code;

import java.util.Objects;
import org.saydo.record.ActorRef;

/** An actor as an argument of a trigger, with the tokens that name it. */
record Arg(ActorRef actor, int first, int last, boolean person) {

    Arg {
        Objects.requireNonNull(actor, "actor");
    }
}
