package org.saydo.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.saydo.doc.BadDocumentException;

/**
 * GDELT 2.0 event exports ({@code *.export.CSV}: 61 tab-separated columns, no header). Rows are handed on in
 * batches of {@value #BATCH} (each batch is one store transaction); a row with the wrong column count or a bad
 * id, date or code is one {@link SourceItem.Bad} naming {@code file:line}, and the other rows are read.
 * Stateless, thread-safe.
 */
public final class GdeltSource implements SourceReader {

    /** Rows per batch. */
    public static final int BATCH = 1000;

    @Override
    public void read(Path file, Consumer<SourceItem> sink) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        List<GdeltEvent> batch = new ArrayList<>(BATCH);
        int number = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isEmpty()) {
                    continue;
                }
                try {
                    batch.add(GdeltEvent.parse(file + ":" + number, line));
                } catch (BadDocumentException e) {
                    sink.accept(new SourceItem.Bad(e.where(), e.reason(), true));
                }
                if (batch.size() == BATCH) {
                    sink.accept(new SourceItem.GdeltRows(batch));
                    batch.clear();
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.accept(new SourceItem.Bad(file + ":" + (number + 1), "cannot read: " + e));
        }
        if (!batch.isEmpty()) {
            sink.accept(new SourceItem.GdeltRows(batch));
        }
    }
}
