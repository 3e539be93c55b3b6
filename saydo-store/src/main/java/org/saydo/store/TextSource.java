package org.saydo.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.saydo.doc.BadDocumentException;
import org.saydo.doc.TextReader;

/** Plain-text reports ({@code .txt}), read by {@link TextReader}. Stateless, thread-safe. */
public final class TextSource implements SourceReader {

    @Override
    public void read(Path file, Consumer<SourceItem> sink) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        SourceItem item;
        try {
            item = new SourceItem.Doc(TextReader.read(file));
        } catch (BadDocumentException e) {
            item = new SourceItem.Bad(e.where(), e.reason());
        }
        sink.accept(item);
    }
}
