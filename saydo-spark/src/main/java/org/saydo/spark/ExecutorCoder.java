package org.saydo.spark;

import java.util.Objects;
import org.saydo.record.Coder;

/**
 * The coder of this JVM: built on first use by the first task that needs it and shared by every later task
 * (and every task slot) of the JVM, so an executor loads CoreNLP's models, the dictionaries and the judge once.
 * Nothing here is serialised: tasks carry a {@link CoderSpec} and look the coder up. Thread-safe (a
 * {@link Coder} is).
 */
final class ExecutorCoder {

    private static CoderSpec builtFor;
    private static Coder coder;

    private ExecutorCoder() {
    }

    /** The JVM's coder for {@code spec}; built now when this JVM has none, or one for another spec. */
    static synchronized Coder get(CoderSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (coder == null || !spec.equals(builtFor)) {
            coder = spec.build();
            builtFor = spec;
        }
        return coder;
    }
}
