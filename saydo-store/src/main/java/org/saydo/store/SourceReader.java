package org.saydo.store;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one source file into {@link SourceItem}s, streaming: items are handed to the sink as they are read, and
 * a reader never holds more than one document (or one batch of GDELT rows) in memory. A part that cannot be read
 * is handed on as a {@link SourceItem.Bad} naming the file (and line or item), and reading goes on where it
 * can. Implementations are stateless and thread-safe; they never throw for bad input, only for a null argument.
 */
@FunctionalInterface
public interface SourceReader {

    /** Reads {@code file}, handing each item to {@code sink} in file order. */
    void read(Path file, Consumer<SourceItem> sink);
}
